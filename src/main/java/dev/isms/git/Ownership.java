package dev.isms.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.eclipse.jgit.util.SystemReader;

/** Who owns a file, and who runs isms, by POSIX user id (null where there is none). */
final class Ownership {
  private Ownership() {}

  /**
   * The effective user id of this process; as in Git, root running under sudo counts as the user
   * who called sudo (SUDO_UID).
   */
  static Integer currentUid() {
    Integer uid = uidOf(Path.of("/proc/self"));
    if (uid == null) {
      uid = uidOfNewFile();
    }
    if (uid != null && uid == 0) {
      String sudo = SystemReader.getInstance().getenv("SUDO_UID");
      if (sudo != null && sudo.matches("\\d{1,9}")) {
        return Integer.valueOf(sudo);
      }
    }
    return uid;
  }

  static Integer uidOf(Path p) {
    try {
      return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer uidOfNewFile() {
    try {
      Path probe = Files.createTempFile("isms-owner", ".tmp");
      try {
        return uidOf(probe);
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }
}
