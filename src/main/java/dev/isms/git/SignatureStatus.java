package dev.isms.git;

/**
 * Whether a commit or tag carries a signature (OpenPGP or SSH, as Git stores it) and, where JGit
 * has a verifier for its kind, whether the signature verifies. Without a verifier a signature is
 * reported as present but not verified: {@code git verify-commit} is the way to check it then.
 */
public record SignatureStatus(State state, String detail) {
  public enum State {
    UNSIGNED,
    SIGNED_NOT_VERIFIED,
    VERIFIED
  }

  public static final SignatureStatus UNSIGNED = new SignatureStatus(State.UNSIGNED, "");

  public SignatureStatus {
    detail = detail == null ? "" : detail.strip();
  }

  public boolean signed() {
    return state != State.UNSIGNED;
  }

  /**
   * {@code unsigned}, {@code signed (not verified)}, {@code signed (verified: SIGNER)}; a
   * verifier's reason for not verifying is added after a colon.
   */
  public String describe() {
    return switch (state) {
      case UNSIGNED -> "unsigned";
      case SIGNED_NOT_VERIFIED ->
          detail.isEmpty() ? "signed (not verified)" : "signed (not verified: " + detail + ")";
      case VERIFIED -> detail.isEmpty() ? "signed (verified)" : "signed (verified: " + detail + ")";
    };
  }
}
