package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommandResult;
import dev.isms.testing.CompleteMinutes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The minutes rules follow the clause set isms.yaml names: complete minutes of another standard
 * pass, and leaving out one of its inputs or results is found under that standard's reference.
 */
class OtherStandardsCheckTest {
  private static final String MINUTES = "reviews/2026-Q3/minutes.md";

  @TempDir Path temp;

  /** The check fixture under another standard, every held review's minutes complete for it. */
  private CheckFixture repo(String framework) {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "framework: iso27001-2022", "framework: " + framework);
    for (String review : List.of("2026-Q3", "2026-08-12-adhoc", "2026-annual")) {
      repo.write("reviews/" + review + "/minutes.md", CompleteMinutes.of(review, framework));
    }
    return repo;
  }

  @ParameterizedTest
  @ValueSource(strings = {"iso9001-2015", "iso42001-2023", "iso22301-2019"})
  void completeMinutesOfTheStandardPass(String framework) {
    CommandResult result =
        repo(framework).check("--rule", "review-inputs", "--rule", "review-results");

    assertThat(result).succeeded().outContains("no problems found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iso9001-2015", "iso22301-2019"})
  void aMissingNumberedInputIsReportedByItsReference(String framework) {
    CheckFixture repo = repo(framework);
    repo.replaceRegex(MINUTES, "#### 9\\.3\\.2 c\\) 3\\).*?(?=####|### )", "");

    CommandResult result = repo.check("--rule", "review-inputs");

    assertThat(result).exitedWith(1).outContains("do not cover 9.3.2 c) 3) ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iso9001-2015", "iso22301-2019"})
  void aMissingRequiredOutputIsAnError(String framework) {
    CheckFixture repo = repo(framework);
    String title =
        framework.equals("iso9001-2015")
            ? "Resource needs"
            : "How the effectiveness of controls will be measured";
    repo.replaceRegex(MINUTES, "### " + title + ".*?(?=### )", "");

    CommandResult result = repo.check("--rule", "review-results");

    assertThat(result).exitedWith(1).outContains("record no `" + title + "`");
    assertThat(result.out()).contains("error");
  }
}
