package dev.isms.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code policy.holidays}: the public holidays business days skip, written as a list of dates
 * ({@code [2026-12-24, 2026-12-25]}) or as a country and region whose holiday calendar isms knows
 * ({@code {country: de, region: by}}), with days of the organisation's own added as {@code dates}.
 */
public record Holidays(List<LocalDate> dates, String country, String region) {
  public static final Holidays NONE = new Holidays(List.of(), null, null);

  public Holidays {
    dates = dates == null ? List.of() : List.copyOf(new TreeSet<>(dates));
    country = country == null ? null : country.strip().toLowerCase(Locale.ROOT);
    region = region == null ? null : region.strip().toLowerCase(Locale.ROOT);
  }

  /** Binds either form; the schema has checked the shape before. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Holidays bind(JsonNode node) {
    if (node.isArray()) {
      return new Holidays(dates(node), null, null);
    }
    return new Holidays(
        dates(node.path("dates")), text(node.get("country")), text(node.get("region")));
  }

  private static List<LocalDate> dates(JsonNode array) {
    List<LocalDate> days = new java.util.ArrayList<>();
    array.forEach(d -> days.add(LocalDate.parse(d.asText())));
    return days;
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }

  /** No holiday at all: business days are Monday to Friday. */
  public boolean isEmpty() {
    return dates.isEmpty() && country == null;
  }

  /** The calendar's name as output prints it: "de-by", "fr". */
  public String calendarName() {
    return region == null ? country : country + "-" + region;
  }
}
