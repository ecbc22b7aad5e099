package dev.isms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.isms.check.RuleRegistry;

/**
 * The layering the code keeps: cli -> services -> store/render/git -> validation -> domain. A new
 * package joins a layer below by its name; a domain package is a register's records and the figures
 * computed from them, and knows nothing of files, Git or commands.
 */
@AnalyzeClasses(packages = "dev.isms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  static final String[] SERVICES = {
    "dev.isms.check..",
    "dev.isms.pack..",
    "dev.isms.evidence..",
    "dev.isms.review",
    "dev.isms.init..",
    "dev.isms.demo..",
    "dev.isms.register.."
  };
  static final String[] INFRASTRUCTURE = {
    "dev.isms.store..", "dev.isms.render..", "dev.isms.git.."
  };
  static final String[] DOMAIN = {
    "dev.isms.action..",
    "dev.isms.duedate..",
    "dev.isms.audit..",
    "dev.isms.supplier..",
    "dev.isms.change..",
    "dev.isms.config..",
    "dev.isms.finding..",
    "dev.isms.incident..",
    "dev.isms.kpi..",
    "dev.isms.objective..",
    "dev.isms.risk..",
    "dev.isms.review.model..",
    "dev.isms.framework..",
    "dev.isms.minutes..",
    "dev.isms.problem.."
  };

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("CLI")
          .definedBy("dev.isms.cli..")
          .layer("Services")
          .definedBy(SERVICES)
          .layer("Infrastructure")
          .definedBy(INFRASTRUCTURE)
          .layer("Validation")
          .definedBy("dev.isms.validation..")
          .layer("Domain")
          .definedBy(DOMAIN)
          .whereLayer("CLI")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Services")
          .mayOnlyBeAccessedByLayers("CLI")
          .whereLayer("Infrastructure")
          .mayOnlyBeAccessedByLayers("CLI", "Services")
          .whereLayer("Validation")
          .mayOnlyBeAccessedByLayers("CLI", "Services", "Infrastructure")
          .whereLayer("Domain")
          .mayOnlyBeAccessedByLayers("CLI", "Services", "Infrastructure", "Validation");

  /** Every package of the tool belongs to a layer, so the rule above cannot be side-stepped. */
  @ArchTest
  static final ArchRule everyPackageHasALayer =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
          .that()
          .resideOutsideOfPackage("dev.isms")
          .should()
          .resideInAnyPackage(
              concat(
                  new String[] {"dev.isms.cli..", "dev.isms.validation.."},
                  SERVICES,
                  INFRASTRUCTURE,
                  DOMAIN));

  /**
   * No two packages need each other, except that the registry of `check` names the built-in rules
   * of `check.rules`, which are written against `check`'s context: the one list of rules.
   */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .matching("dev.isms.(**)")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(
              JavaClass.Predicates.equivalentTo(RuleRegistry.class),
              JavaClass.Predicates.resideInAPackage("dev.isms.check.rules"));

  /** Commands print through picocli's writers, so tests and embedders capture every line. */
  @ArchTest
  static final ArchRule nothingButMainWritesToTheProcessStreams =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("dev.isms.Main")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");

  /** The domain knows nothing of Git or of the command line. */
  @ArchTest
  static final ArchRule domainKnowsNothingOfJgitOrPicocli =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.eclipse.jgit..", "picocli..");

  /**
   * JGit stays behind {@code git}: commands and services speak of commits by id and {@code
   * CommitSummary}, so a change of Git library or of how history is read touches one package.
   */
  @ArchTest
  static final ArchRule onlyGitUsesJgit =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.isms.git..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.eclipse.jgit..");

  /**
   * Every file of the repository isms writes goes through the transactional writer in {@code git}
   * (all or nothing, the repository lock, the preflight, the rollback): nothing else creates, moves
   * or deletes a file. The one exception is {@code evidence}: it exports a bundle to the folder or
   * zip file the user names, nothing it commits, and writes that all or nothing itself.
   */
  @ArchTest
  static final ArchRule onlyTheWriterChangesFiles =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.isms.git..", "dev.isms.evidence..")
          .should()
          .callMethodWhere(
              com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                      com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                          JavaClass.Predicates.equivalentTo(java.nio.file.Files.class)))
                  .and(
                      com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                          com.tngtech.archunit.core.domain.properties.HasName.Predicates
                              .nameMatching(
                                  "write|writeString|newOutputStream|newBufferedWriter|move|copy"
                                      + "|delete|deleteIfExists|createDirectory|createDirectories"
                                      + "|createFile|createTempFile|createSymbolicLink"))))
          .as("only dev.isms.git writes, moves or deletes files");

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
