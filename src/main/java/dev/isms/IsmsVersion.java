package dev.isms;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the jar, for reports that name their tool. */
public final class IsmsVersion {
  private IsmsVersion() {}

  public static String current() {
    Properties p = new Properties();
    try (InputStream in = IsmsVersion.class.getResourceAsStream("/isms-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
