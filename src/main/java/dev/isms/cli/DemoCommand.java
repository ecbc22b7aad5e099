package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Builds a real ISMS Git repository from the bundled example and runs a review on it.")
final class DemoCommand extends AbstractCommand {
  @Override
  protected int execute() {
    out().println("demo: not yet");
    return ExitCodes.USAGE;
  }
}
