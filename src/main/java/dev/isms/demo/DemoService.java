package dev.isms.demo;

import dev.isms.IsmsException;
import dev.isms.check.CheckOptions;
import dev.isms.check.CheckReport;
import dev.isms.check.CheckService;
import dev.isms.check.RuleRegistry;
import dev.isms.git.Author;
import dev.isms.git.GitFacade;
import dev.isms.git.RepositoryWriter;
import dev.isms.init.InitService;
import dev.isms.pack.PackOptions;
import dev.isms.pack.PackResult;
import dev.isms.pack.PackService;
import dev.isms.review.BusinessDays;
import dev.isms.review.ReviewLifecycle;
import dev.isms.review.ReviewNewOptions;
import dev.isms.review.ReviewScaffolder;
import dev.isms.review.ScaffoldResult;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.validation.FileKind;
import dev.isms.validation.SchemaCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds a real ISMS Git repository from the bundled example: copies it, replays its timeline as
 * dated commits (so history-based figures have something real to read), then runs the review job on
 * it as of the example's own date.
 */
public final class DemoService {
  /** The day the example is written for; its overdue actions and stale KPIs are as of this day. */
  public static final LocalDate EXAMPLE_DATE = LocalDate.of(2026, 11, 24);

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final LocalTime COMMIT_TIME = LocalTime.of(17, 0);
  private static final String AUTHOR = "Priya Shah";
  private static final String EMAIL = "priya.shah@denialbase.example";

  private final RepositoryLoader loader;
  private final Clock clock;

  public DemoService(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  public DemoResult build(DemoOptions options) {
    Path root = options.target().toAbsolutePath().normalize();
    if (options.asOf().isBefore(EXAMPLE_DATE)) {
      // replaying a later history "as of" an earlier day would squash the future into the past
      throw IsmsException.input(
          "the example's history runs to "
              + EXAMPLE_DATE
              + "; give isms demo that day or a later one with --as-of, not "
              + options.asOf());
    }
    requireEmpty(root);
    ExampleBundle bundle = ExampleBundle.load();
    Map<String, byte[]> current = bundle.current();
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, false)) {
      writer.writeBytes(paths(root, current), "", Optional.empty());
    }
    IsmsRepository example = loader.loadValid(root);

    List<TimelineCommit> timeline = Timeline.build(example, bundle, options.asOf());
    // as `isms init` would have written them, so that the example's schema modelines resolve
    for (FileKind kind : FileKind.values()) {
      timeline
          .get(0)
          .files()
          .put(
              InitService.SCHEMA_DIR + "/" + kind.schemaName() + ".schema.json",
              SchemaCatalog.text(kind).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    try (GitFacade git = GitFacade.init(root, clock)) {
      useDemoConfig(git);
    }
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, true)) {
      for (TimelineCommit commit : timeline) {
        Author who = new Author(AUTHOR, EMAIL, commit.date().atTime(COMMIT_TIME).atZone(ZONE));
        writer.writeBytes(paths(root, commit.files()), commit.message(), Optional.of(who));
      }
    }
    // The review job, as the security officer would run it on the example's day.
    Clock demoDay = at(options.asOf());
    ScaffoldResult review =
        new ReviewScaffolder(loader, demoDay)
            .scaffold(root, new ReviewNewOptions(null, null, null, null, true, options.asOf()));
    List<String> generated = new ArrayList<>();
    review.written().forEach(p -> generated.add(root.relativize(p).toString().replace('\\', '/')));
    PackResult pack =
        new PackService(loader, demoDay)
            .generate(root, new PackOptions(review.plan().id(), options.asOf(), true, true, false));
    pack.written().forEach(p -> generated.add(p.toString().replace('\\', '/')));
    LocalDate checkedOn = options.asOf();
    if (options.cycle()) {
      checkedOn = throughTheMeeting(root, review.plan().id(), review.plan().date(), bundle);
    }
    CheckReport report =
        new CheckService(loader, RuleRegistry.builtIn(), at(checkedOn))
            .check(root, new CheckOptions(checkedOn));
    return new DemoResult(
        root,
        timeline.size(),
        timeline.get(0).date(),
        timeline.get(timeline.size() - 1).date(),
        generated,
        report,
        checkedOn);
  }

  /**
   * The rest of the review, as the security officer would do it: attendance recorded on the day of
   * the meeting, the minutes committed two business days later with the registers the minutes
   * change (the example's other cycle files: new due dates, a cancelled action), approval by the
   * chair a week after the meeting (which enters the decided actions and tags the review). Returns
   * the day of the approval.
   */
  private LocalDate throughTheMeeting(
      Path root, String reviewId, LocalDate meeting, ExampleBundle bundle) {
    String minutesPath = "reviews/" + reviewId + "/minutes.md";
    byte[] minutes = bundle.cycle().get(minutesPath);
    if (minutes == null) {
      throw new IsmsException(
          2, "the bundled example has no minutes for " + reviewId + " to go through the meeting");
    }
    new ReviewLifecycle(loader, at(meeting))
        .hold(
            root,
            new ReviewLifecycle.HoldOptions(
                reviewId,
                List.of("Dana Ruiz", "Marco Diaz", "Priya Shah"),
                List.of("Lena Vogt=annual leave"),
                List.of(),
                true,
                meeting));
    LocalDate written = BusinessDays.WEEKDAYS.plus(meeting, 2);
    try (RepositoryWriter writer = RepositoryWriter.open(root, at(written), true)) {
      Author who = new Author(AUTHOR, EMAIL, written.atTime(COMMIT_TIME).atZone(ZONE));
      writer.writeBytes(
          Map.of(root.resolve(minutesPath), minutes),
          "review(" + reviewId + "): minutes of the meeting of " + meeting,
          Optional.of(who));
      // what the minutes decide for the registers (new dates, a cancellation), entered the same day
      Map<String, byte[]> registers = new java.util.TreeMap<>(bundle.cycle());
      registers.remove(minutesPath);
      if (!registers.isEmpty()) {
        writer.writeBytes(
            paths(root, registers),
            "registers: the changes decided at review " + reviewId,
            Optional.of(who));
      }
    }
    LocalDate approved = meeting.plusDays(7);
    new ReviewLifecycle(loader, at(approved))
        .approve(root, new ReviewLifecycle.ApproveOptions(reviewId, "Dana Ruiz", true, approved));
    return approved;
  }

  private static Clock at(LocalDate day) {
    return Clock.fixed(day.atTime(COMMIT_TIME).atZone(ZONE).toInstant(), ZONE);
  }

  /**
   * The demo repository is Denialbase's, so commits made in it (by the demo and by the user trying
   * commands there) carry its security officer's name rather than failing on a machine without a
   * Git identity; nor are they signed with the user's own key.
   */
  private static void useDemoConfig(GitFacade git) {
    git.useLocalIdentityUnsigned(AUTHOR, EMAIL);
  }

  private static void requireEmpty(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    if (!Files.isDirectory(root)) {
      throw IsmsException.input(root + " is a file; give isms demo a new or empty folder");
    }
    try (Stream<Path> entries = Files.list(root)) {
      if (entries.findAny().isPresent()) {
        throw IsmsException.input(
            root + " is not empty; isms demo builds its repository in a new or empty folder");
      }
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + root + ": " + e.getMessage(), e);
    }
  }

  private static Map<Path, byte[]> paths(Path root, Map<String, byte[]> files) {
    Map<Path, byte[]> byPath = new LinkedHashMap<>();
    files.forEach((path, bytes) -> byPath.put(root.resolve(path), bytes));
    return byPath;
  }
}
