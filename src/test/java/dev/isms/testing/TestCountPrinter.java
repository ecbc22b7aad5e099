package dev.isms.testing;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the suite's count as one closing line, so that {@code mvn -q verify}, which silences
 * Surefire's own summary, still tells how many tests ran and how many failed.
 */
public final class TestCountPrinter implements TestExecutionListener {
  private final AtomicLong passed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (test.isTest()) {
      skipped.incrementAndGet();
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!test.isTest()) {
      return;
    }
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      passed.incrementAndGet();
    } else {
      failed.incrementAndGet();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    System.out.printf(
        "tests: %d passed, %d failed, %d skipped%n", passed.get(), failed.get(), skipped.get());
  }
}
