package dev.isms.git;

/** A commit's id as Git prints it (40 hex digits), so that no JGit type leaves this package. */
public record CommitId(String name) {
  public CommitId {
    if (!name.matches("[0-9a-f]{40,64}")) {
      throw new IllegalArgumentException("not a commit id: " + name);
    }
  }

  /** The first twelve digits, as the commands print it. */
  public String abbreviated() {
    return name.substring(0, 12);
  }

  @Override
  public String toString() {
    return name;
  }
}
