package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommandResult;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minutes that nest 50,000 block quotes are read on a thread of the JVM's default stack size, as
 * under {@code java -jar} without -Xss (the GitHub Action and the GitLab recipe run it so).
 */
class HostileMarkdownTest {
  static final String MINUTES = "reviews/2026-Q3/minutes.md";

  @TempDir Path temp;

  @Test
  void deeplyNestedQuotesInMinutesAreCheckedWithoutOverflowingTheStack() throws Exception {
    CheckFixture repo = CheckFixture.copy(temp.resolve("isms"));
    repo.write(MINUTES, repo.read(MINUTES) + "\n" + "> ".repeat(50_000) + "deep\n");

    CommandResult result = onDefaultStack(() -> repo.check());

    assertThat(result).succeeded();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("isms check: no problems found");
  }

  /** Runs on a new thread whose stack size is the JVM's default (stackSize 0). */
  private static CommandResult onDefaultStack(java.util.function.Supplier<CommandResult> run)
      throws InterruptedException {
    AtomicReference<CommandResult> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(run.get());
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "default-stack",
            0);
    thread.start();
    thread.join();
    assertThat(failure.get()).as("what the run threw").isNull();
    return result.get();
  }
}
