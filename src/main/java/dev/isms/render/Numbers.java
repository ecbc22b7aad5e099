package dev.isms.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as people read them in a pack: no trailing zeros, at most two decimals, a dot. */
public final class Numbers {
  private Numbers() {}

  public static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "n/a";
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** A value with its unit: {@code 96%}, {@code 4 h}, {@code 3}, {@code 1 risk} (unit "risks"). */
  public static String withUnit(double value, String unit) {
    String number = format(value);
    if (unit == null || unit.isBlank()) {
      return number;
    }
    String u = unit.strip();
    if (u.equals("%")) {
      return number + "%";
    }
    // a plural unit of one word reads as singular after 1: "1 risk", "1 day"
    if (number.equals("1") && u.matches("[a-z]{3,}s")) {
      u = u.substring(0, u.length() - 1);
    }
    return number + " " + u;
  }
}
