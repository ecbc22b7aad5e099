package dev.isms.check;

import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The base of every built-in rule: it holds the rule's {@link RuleInfo} and walks the items of one
 * register, so a rule says only what it checks.
 */
public abstract class AbstractRule implements Rule {
  private final RuleInfo info;

  protected AbstractRule(RuleInfo info) {
    this.info = info;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  /**
   * Runs {@code body} on each item with the item's file (kind and id as {@link
   * IsmsRepository#pathOf} writes it), marking the file checked first, so reports list it as passed
   * when the body finds nothing.
   */
  protected static <T> void eachItem(
      List<T> items,
      FileKind kind,
      Function<? super T, String> id,
      Findings findings,
      BiConsumer<T, String> body) {
    for (T item : items) {
      String file = IsmsRepository.pathOf(kind, id.apply(item));
      findings.checked(file);
      body.accept(item, file);
    }
  }
}
