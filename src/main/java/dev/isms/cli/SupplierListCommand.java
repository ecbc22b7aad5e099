package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.store.RepositoryLoader;
import dev.isms.supplier.SupplierListing;
import picocli.CommandLine.Command;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Lists the suppliers with their review status (overdue, due within 30 days, reviewed) and"
            + " the day the next review is due, the most urgent first.")
final class SupplierListCommand extends AbstractCommand {
  @Override
  protected int execute() {
    out()
        .print(
            new SupplierListing(
                    new RepositoryLoader().loadValid(repositoryRoot()).suppliers(), today())
                .text());
    return ExitCodes.OK;
  }
}
