package dev.isms.dist;

/** Stands in for isms in the launcher test: says which jar ran and with which arguments. */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) {
    String jar = LauncherProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    System.out.println("ran " + jar + " with " + String.join(" ", args));
  }
}
