package dev.isms.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.isms.IsmsException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Renders a named template of {@code templates/} with a view (maps, lists, records, strings). */
public final class TemplateRenderer {
  private final MarkdownMustacheFactory factory;

  /**
   * @param ismsRoot the ISMS repository, whose templates/ folder overrides the packaged ones
   */
  public TemplateRenderer(Path ismsRoot) {
    this.factory =
        new MarkdownMustacheFactory(ismsRoot == null ? null : ismsRoot.resolve("templates"));
  }

  public String render(String templateName, Object view) {
    try {
      Mustache mustache = factory.compile(templateName);
      StringWriter out = new StringWriter();
      mustache.execute(out, view);
      return out.toString();
    } catch (MustacheException | UncheckedIOException e) {
      String where =
          factory
              .override(templateName)
              .map(p -> p.toString())
              .orElse("templates/" + templateName + " (packaged)");
      throw IsmsException.input(
          "cannot render "
              + where
              + ": "
              + rootMessage(e)
              + "; fix the template or delete your"
              + " override to use the packaged one",
          e);
    }
  }

  /** A file of templates/ as it is, without Mustache (a style sheet), the user's copy first. */
  public String text(String templateName) {
    try (Reader reader = factory.getReader(templateName)) {
      StringWriter out = new StringWriter();
      reader.transferTo(out);
      return out.toString();
    } catch (MustacheException | IOException | UncheckedIOException e) {
      throw IsmsException.input("cannot read templates/" + templateName + ": " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
