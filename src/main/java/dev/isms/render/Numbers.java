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

  /** A value with its unit: {@code 96%}, {@code 4 h}, {@code 3}. */
  public static String withUnit(double value, String unit) {
    String number = format(value);
    if (unit == null || unit.isBlank()) {
      return number;
    }
    String u = unit.strip();
    return u.equals("%") ? number + "%" : number + " " + u;
  }
}
