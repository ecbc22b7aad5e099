package dev.isms.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Mustache for Markdown. Values are escaped for Markdown, not HTML: a {@code |} or a line break in
 * a title must not break a table, and raw HTML in YAML must not become markup. A variable the
 * template names but the view lacks is an error, never an empty string. Templates come from the
 * user's {@code templates/} folder first, then from the jar.
 */
public final class MarkdownMustacheFactory extends DefaultMustacheFactory {
  private final Path overrides;

  /**
   * @param overrides the ISMS repository's templates folder; may be null or absent
   */
  public MarkdownMustacheFactory(Path overrides) {
    this.overrides = overrides;
    setObjectHandler(new StrictObjectHandler());
  }

  @Override
  public void encode(String value, Writer writer) {
    try {
      writer.write(MarkdownEscaper.inline(value));
    } catch (IOException e) {
      throw new MustacheException("cannot write the rendered template", e);
    }
  }

  @Override
  public Reader getReader(String resourceName) {
    Optional<Path> override = override(resourceName);
    if (override.isPresent()) {
      try {
        return Files.newBufferedReader(override.get(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    InputStream in =
        MarkdownMustacheFactory.class.getResourceAsStream("/templates/" + resourceName);
    if (in == null) {
      throw new MustacheException("template not found: templates/" + resourceName);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The user's own copy of a template, if the ISMS repository has one. */
  public Optional<Path> override(String resourceName) {
    if (overrides == null) {
      return Optional.empty();
    }
    Path candidate = overrides.resolve(resourceName).normalize();
    if (!candidate.startsWith(overrides)
        || !Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    String name = "templates/" + resourceName;
    Path real;
    try {
      real = candidate.toRealPath();
      if (!real.startsWith(overrides.getParent().toRealPath())) {
        throw refused(name, "is a link that leads outside the ISMS repository (to " + real + ")");
      }
    } catch (IOException e) {
      throw refused(name, "is a link that leads nowhere");
    }
    if (!Files.isRegularFile(real)) {
      throw refused(name, "is not a regular file (a folder, a FIFO or a device)");
    }
    return Optional.of(candidate);
  }

  private static dev.isms.IsmsException refused(String name, String why) {
    return dev.isms.IsmsException.input(
        name
            + " "
            + why
            + "; isms reads templates only from inside the repository: replace it with the file"
            + " itself, or delete it to use the packaged template");
  }

  /** Looks values up by reflection and maps, and fails on a name that resolves to nothing. */
  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
      return new GuardedBinding(this, name, tc, code) {
        @Override
        protected synchronized Wrapper getWrapper(String name, java.util.List<Object> scopes) {
          Wrapper wrapper = super.getWrapper(name, scopes);
          if (wrapper instanceof MissingWrapper) {
            throw new MustacheException(
                "template "
                    + tc.file()
                    + " line "
                    + tc.line()
                    + " uses `"
                    + name
                    + "`, which the view does not provide");
          }
          return wrapper;
        }
      };
    }
  }
}
