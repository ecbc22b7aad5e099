package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.register.NewItemService;
import dev.isms.register.NewItemText;
import dev.isms.store.RepositoryLoader;
import dev.isms.validation.FileKind;
import java.util.Map;
import picocli.CommandLine.Mixin;

/**
 * What the `<kind> new` subcommands share: --no-commit, and creating the item through the service.
 */
abstract class NewItemCommand extends AbstractCommand {
  @Mixin CommitOption commitOption;

  abstract FileKind kind();

  /** The item's fields in file order, without the id; null values are left out. */
  abstract Map<String, Object> fields();

  @Override
  protected int execute() {
    out()
        .println(
            new NewItemService(new RepositoryLoader(), clock())
                .create(repositoryRoot(), kind(), fields(), commitOption.commit(), today())
                .summary());
    NewItemText.missingSchemaHint(repositoryRoot(), kind()).ifPresent(out()::println);
    return ExitCodes.OK;
  }
}
