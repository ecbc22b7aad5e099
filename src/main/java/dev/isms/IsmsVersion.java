package dev.isms;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the jar, for reports that name their tool. */
public final class IsmsVersion {
  private IsmsVersion() {}

  /** What {@code isms --version} prints: the tool's version and the Java it runs on. */
  public static String[] lines() {
    // String.join rather than +, whose first use costs --version a tenth of its time
    return new String[] {
      String.join(" ", "isms", current()),
      String.join(
          "",
          "Java ",
          System.getProperty("java.version"),
          " (",
          System.getProperty("java.vendor"),
          ")")
    };
  }

  public static String current() {
    return properties().getProperty("version", "unknown");
  }

  /**
   * Where the project lives (the pom's url), for reports that link their rules' documentation:
   * SARIF's informationUri and helpUri.
   */
  public static String home() {
    return properties().getProperty("home", "https://github.com/isms-dev/isms");
  }

  /** The documentation of a check rule: its section of docs/rules.md. */
  public static String ruleHelp(String ruleId) {
    return home() + "/blob/main/docs/rules.md#" + ruleId;
  }

  private static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = IsmsVersion.class.getResourceAsStream("/isms-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return p;
    }
    return p;
  }
}
