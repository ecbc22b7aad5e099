package dev.isms.testing;

import org.assertj.core.api.AbstractAssert;

/** Assertions that read like the CLI contract: succeeded(), exitedWith(2), errContains(...). */
public final class CommandResultAssert extends AbstractAssert<CommandResultAssert, CommandResult> {
  private CommandResultAssert(CommandResult actual) {
    super(actual, CommandResultAssert.class);
  }

  public static CommandResultAssert assertThat(CommandResult actual) {
    return new CommandResultAssert(actual);
  }

  public CommandResultAssert succeeded() {
    return exitedWith(0);
  }

  public CommandResultAssert exitedWith(int code) {
    isNotNull();
    if (actual.exitCode() != code) {
      failWithMessage(
          "expected exit code %d but was %d%nout:%n%s%nerr:%n%s",
          code, actual.exitCode(), actual.out(), actual.err());
    }
    return this;
  }

  public CommandResultAssert outContains(String... parts) {
    for (String part : parts) {
      if (!actual.out().contains(part)) {
        failWithMessage(
            "expected out to contain%n  %s%nbut was:%n%s%nerr:%n%s",
            part, actual.out(), actual.err());
      }
    }
    return this;
  }

  public CommandResultAssert errContains(String... parts) {
    for (String part : parts) {
      if (!actual.err().contains(part)) {
        failWithMessage(
            "expected err to contain%n  %s%nbut was:%n%s%nout:%n%s",
            part, actual.err(), actual.out());
      }
    }
    return this;
  }

  /** No Java stack trace leaked to the user. */
  public CommandResultAssert hasNoStackTrace() {
    String all = actual.out() + actual.err();
    if (all.contains("\tat ")
        || all.contains("Exception in thread")
        || all.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.]+\\(.*")) {
      failWithMessage("expected no stack trace but output was:%n%s", all);
    }
    return this;
  }
}
