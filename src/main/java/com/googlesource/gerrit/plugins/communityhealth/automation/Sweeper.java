// Copyright (C) 2026 The community-health Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package com.googlesource.gerrit.plugins.communityhealth.automation;

import com.google.common.annotations.VisibleForTesting;
import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import com.google.common.flogger.FluentLogger;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.annotations.PluginName;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.metrics.Timer0;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.config.CanonicalWebUrl;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.gerrit.server.query.change.BooleanPredicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Entry;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Outcome;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Skip;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotIdentity;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPoster;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeFactsLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.ExemptionMatcher;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.events.IgnoredEventPoster;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.review.Actor;
import com.googlesource.gerrit.plugins.communityhealth.review.EscalationPicker;
import com.googlesource.gerrit.plugins.communityhealth.review.EscalationTargets;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import com.googlesource.gerrit.plugins.communityhealth.review.ReminderDecision;
import com.googlesource.gerrit.plugins.communityhealth.review.ReminderMessage;
import com.googlesource.gerrit.plugins.communityhealth.review.ReminderRule;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Looks at every open change and reminds reviewers of the ignored ones: at most one reminder per
 * waiting period, with the escalation targets added to the attention set. It never abandons a
 * change and never nudges the owner.
 *
 * <p>Cheap by construction: the change index lists the candidates (open, ready for review, public)
 * with the few stored fields needed to key the signals cache, so a change whose cached signals say
 * it is not ignored costs no NoteDb read. Only ignored changes in projects that remind have their
 * messages read, to find an earlier reminder, and a change found already reminded is remembered by
 * its meta revision until anything on it changes.
 *
 * <p>Each project's {@code [review] exempt} query runs once per sweep against the change index
 * (never once per change), and its matches are left out before any signal is computed.
 *
 * <p>Exactly once: the post re-runs the reminder rule on the change's fresh notes inside the
 * update, so two sweeps at once, a restart or a second primary post one reminder between them.
 * Reads run as the server; posts as the bot.
 */
@Singleton
public class Sweeper {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Entries beyond this are counted but not listed: the report of a huge backlog stays small. */
  public static final int MAX_ENTRIES = 1000;

  static final String REMINDED_CACHE = "reminded";

  /** Threads computing signals in a sweep: both cores of the spec's machine, never more. */
  public static final int EVALUATION_THREADS = 2;

  private static final int EVALUATION_BATCH = 250;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** A change state known to carry its waiting period's reminder; any update misses. */
  record RemindedKey(String project, int change, String metaRevision, String policyRevision) {}

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(REMINDED_CACHE, RemindedKey.class, Boolean.class).maximumWeight(100_000);
      }
    };
  }

  private final ServerSettings settings;
  private final Provider<InternalChangeQuery> queryProvider;
  private final OneOffRequestContext requestContext;
  private final SignalEvaluator evaluator;
  private final ChangeFactsLoader factsLoader;
  private final ExemptionMatcher exemptions;
  private final ChangeData.Factory changeDataFactory;
  private final ChangeNotes.Factory notesFactory;
  private final EscalationCandidates.Factory candidatesFactory;
  private final BotPoster poster;
  private final BotIdentity bot;
  private final IgnoredEventPoster events;
  private final Cache<RemindedKey, Boolean> reminded;
  private final HealthMetrics metrics;
  private final Provider<String> webUrl;
  private final String pluginName;
  private volatile int evaluationThreads = EVALUATION_THREADS;

  @Inject
  Sweeper(
      ServerSettings settings,
      Provider<InternalChangeQuery> queryProvider,
      OneOffRequestContext requestContext,
      SignalEvaluator evaluator,
      ChangeFactsLoader factsLoader,
      ExemptionMatcher exemptions,
      ChangeData.Factory changeDataFactory,
      ChangeNotes.Factory notesFactory,
      EscalationCandidates.Factory candidatesFactory,
      BotPoster poster,
      BotIdentity bot,
      IgnoredEventPoster events,
      @Named(REMINDED_CACHE) Cache<RemindedKey, Boolean> reminded,
      HealthMetrics metrics,
      @CanonicalWebUrl Provider<String> webUrl,
      @PluginName String pluginName) {
    this.settings = settings;
    this.queryProvider = queryProvider;
    this.requestContext = requestContext;
    this.evaluator = evaluator;
    this.factsLoader = factsLoader;
    this.exemptions = exemptions;
    this.changeDataFactory = changeDataFactory;
    this.notesFactory = notesFactory;
    this.candidatesFactory = candidatesFactory;
    this.poster = poster;
    this.bot = bot;
    this.events = events;
    this.reminded = reminded;
    this.metrics = metrics;
    this.webUrl = webUrl;
    this.pluginName = pluginName;
  }

  /** For the benchmark: how many threads compute signals (1: none but the sweep's own). */
  @VisibleForTesting
  public void setEvaluationThreads(int threads) {
    this.evaluationThreads = Math.max(1, threads);
  }

  /**
   * Sweeps all open changes once.
   *
   * @param dryRun report what would be posted and post nothing (projects with {@code [review]
   *     dryRun = true} are always swept dry)
   */
  public SweepReport sweep(boolean dryRun) {
    Instant started = TimeUtil.now();
    if (!settings.enabled()) {
      return SweepReport.disabled(started, dryRun);
    }
    Run run = new Run(started, dryRun);
    try (Timer0.Context timer = metrics.sweepLatency.start();
        ManualRequestContext ctx = requestContext.open()) {
      ImmutableList<ChangeData> candidates = candidates();
      metrics.sweepCandidates.incrementBy(candidates.size());
      run.candidates = candidates.size();
      ImmutableSet<Change.Id> exempt = exempt(candidates);
      run.exempt = exempt.size();
      List<Evaluated> evaluated =
          evaluate(
              candidates.stream()
                  .filter(cd -> !exempt.contains(cd.getId()))
                  .collect(ImmutableList.toImmutableList()),
              started);
      // The longest waiting first: they get the reminders when the per-sweep cap bites.
      evaluated.sort(LONGEST_WAITING_FIRST);
      for (Evaluated e : evaluated) {
        run.sweep(e);
      }
    }
    SweepReport report = run.report(Duration.between(started, TimeUtil.now()));
    logger.atInfo().log(
        "sweep%s: %d candidates, %d exempt, %d waiting, %d ignored, %d reminded, %d would remind,"
            + " skipped %s, in %d ms",
        dryRun ? " (dry run)" : "",
        report.candidates(),
        report.exempt(),
        report.waiting(),
        report.ignored(),
        report.reminded(),
        report.wouldRemind(),
        report.skipped(),
        report.duration().toMillis());
    return report;
  }

  /**
   * Open changes, ready for review and public: the only ones that can wait on reviewers. The index
   * pages through them; only the fields that key the signals cache (the change, its ref states) and
   * its reviewers (to prefer a mentor already on the change) are read.
   */
  private ImmutableList<ChangeData> candidates() {
    Predicate<ChangeData> open =
        Predicate.and(
            ChangeStatusPredicate.open(),
            Predicate.not(new BooleanPredicate(ChangeField.WIP_SPEC)),
            Predicate.not(new BooleanPredicate(ChangeField.PRIVATE_SPEC)));
    return queryProvider
        .get()
        .setNoLimit(true)
        .setRequestedFields(
            ChangeField.CHANGE_SPEC, ChangeField.REF_STATE_SPEC, ChangeField.REVIEWER_SPEC)
        .query(open);
  }

  /**
   * The candidates that their project's {@code [review] exempt} query matches: one index query per
   * project that has one. A query the index cannot answer exempts nothing here; the change's
   * signals still evaluate it in memory, so an exempt change stays unflagged.
   */
  private ImmutableSet<Change.Id> exempt(List<ChangeData> candidates) {
    Map<Project.NameKey, ChangeData> oneChangePerProject = new LinkedHashMap<>();
    candidates.forEach(cd -> oneChangePerProject.putIfAbsent(cd.project(), cd));
    ImmutableSet.Builder<Change.Id> exempt = ImmutableSet.builder();
    for (ChangeData cd : oneChangePerProject.values()) {
      try {
        Optional<String> query = evaluator.policyOf(cd).policy().review().exempt();
        if (query.isPresent()) {
          exempt.addAll(exemptions.openMatches(cd.project(), query.get()));
        }
      } catch (RuntimeException e) {
        metrics.errors.increment(HealthMetrics.Component.SWEEP);
        logger.atWarning().withCause(e).log(
            "exempt query of %s not evaluated by the index", cd.project());
      }
    }
    return exempt.build();
  }

  /** A candidate with its signals, or the fault that kept them from it. */
  private record Evaluated(
      ChangeData cd, Optional<Signals> signals, Optional<RuntimeException> error) {
    Optional<Instant> waitingSince() {
      return signals.flatMap(s -> s.change().waitingSince());
    }
  }

  /** Waiting changes by the start of their wait, the rest after them in index order. */
  private static final Comparator<Evaluated> LONGEST_WAITING_FIRST =
      Comparator.comparing(
          (Evaluated e) -> e.waitingSince().orElse(Instant.MAX), Comparator.naturalOrder());

  /**
   * The signals of every candidate, on up to {@link #EVALUATION_THREADS} threads: mostly served
   * from the cache, but after a restart, a plugin reload or midnight UTC (the cache key's day)
   * every change is computed again, and that is worth both cores. Deciding and posting stay on the
   * sweep's thread, in index order.
   */
  private List<Evaluated> evaluate(List<ChangeData> candidates, Instant now) {
    int threads = Math.min(evaluationThreads, Runtime.getRuntime().availableProcessors());
    if (threads <= 1 || candidates.size() < EVALUATION_BATCH) {
      return evaluateBatch(candidates, now);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            new ThreadFactoryBuilder()
                .setNameFormat("community-health-sweep-%d")
                .setDaemon(true)
                .build());
    try {
      List<Future<List<Evaluated>>> batches = new ArrayList<>();
      for (List<ChangeData> batch : Lists.partition(candidates, EVALUATION_BATCH)) {
        batches.add(
            pool.submit(
                () -> {
                  // Background threads have no request context; read as the server.
                  try (ManualRequestContext ctx = requestContext.open()) {
                    return evaluateBatch(batch, now);
                  }
                }));
      }
      List<Evaluated> out = new ArrayList<>(candidates.size());
      for (Future<List<Evaluated>> batch : batches) {
        out.addAll(Futures.getUnchecked(batch));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Evaluated> evaluateBatch(List<ChangeData> batch, Instant now) {
    List<Evaluated> out = new ArrayList<>(batch.size());
    SignalEvaluator.Batch signals = evaluator.batch(now);
    for (ChangeData cd : batch) {
      try {
        out.add(new Evaluated(cd, Optional.of(signals.evaluate(cd)), Optional.empty()));
      } catch (RuntimeException e) {
        out.add(new Evaluated(cd, Optional.empty(), Optional.of(e)));
      }
    }
    return out;
  }

  /** The state of one sweep. */
  private class Run {
    private final Instant now;
    private final boolean dryRun;
    private final EscalationCandidates people = candidatesFactory.create();
    private final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);
    private final List<Entry> entries = new ArrayList<>();
    private boolean truncated;
    private int candidates;
    private int exempt;
    private int waiting;
    private int ignored;
    private int remindedCount;
    private int wouldRemind;

    Run(Instant now, boolean dryRun) {
      this.now = now;
      this.dryRun = dryRun;
    }

    void sweep(Evaluated evaluated) {
      ChangeData cd = evaluated.cd();
      if (evaluated.signals().isEmpty()) {
        error(cd, Optional.empty(), evaluated.error().orElseThrow());
        return;
      }
      Signals signals = evaluated.signals().get();
      if (signals.change().waitingSince().isEmpty()) {
        return;
      }
      waiting++;
      IgnoredVerdict verdict = signals.ignored();
      if (!verdict.ignored()) {
        return;
      }
      ignored++;
      try {
        remind(cd, signals);
      } catch (Exception e) {
        error(cd, Optional.of(verdict), e);
      }
    }

    private void remind(ChangeData cd, Signals signals) throws Exception {
      IgnoredVerdict verdict = signals.ignored();
      LoadedPolicy loaded = evaluator.policyOf(cd);
      ProjectPolicy policy = loaded.policy();
      ReviewPolicy review = policy.review();
      if (!review.remind()) {
        skip(cd, verdict, Skip.REMIND_OFF, Outcome.REMIND_OFF);
        return;
      }
      RemindedKey key =
          new RemindedKey(
              cd.project().get(),
              cd.getId().get(),
              cd.metaRevisionOrThrow().name(),
              loaded.revision());
      if (reminded.getIfPresent(key) != null) {
        skip(cd, verdict, Skip.ALREADY_REMINDED, Outcome.ALREADY_REMINDED);
        return;
      }
      // The decision needs the messages: only ignored changes of reminding projects get here.
      ReminderDecision decision = ReminderRule.decide(factsLoader.timeline(cd), verdict, review);
      if (!decision.due()) {
        if (decision.outcome() == ReminderDecision.Outcome.ALREADY_REMINDED) {
          reminded.put(key, true);
        }
        skip(cd, verdict, Skip.ALREADY_REMINDED, Outcome.ALREADY_REMINDED);
        return;
      }
      if (remindedCount + wouldRemind >= settings.maxRemindersPerSweep()) {
        skip(cd, verdict, Skip.CAPPED, Outcome.CAPPED);
        return;
      }

      Project.NameKey project = cd.project();
      Actor owner = Actor.account(signals.change().ownerId());
      ImmutableList<Person> maintainers =
          review.escalate().includesMaintainers()
              ? people.maintainers(project, signals.change().tier().features())
              : ImmutableList.of();
      ImmutableList<Person> mentors =
          review.escalate().includesMentors() && signals.newcomer().newcomer()
              ? people.mentors(project, policy.newcomer().mentors(), reviewersOf(cd))
              : ImmutableList.of();
      EscalationTargets targets = EscalationPicker.pick(review, maintainers, mentors, owner, now);
      if (!postsAsAccount()) {
        Set<Integer> onChange = new HashSet<>(reviewersOf(cd));
        onChange.add(owner.accountId());
        targets = targets.onlyOnChange(onChange);
      }
      String text =
          ReminderMessage.build(
              verdict, review, targets, signals.change().ownerOffset(), documentation());

      if (dryRun || review.dryRun()) {
        wouldRemind++;
        metrics.remindersDryRun.increment();
        entry(cd, Optional.of(verdict), Outcome.WOULD_REMIND, targets);
        logger.atFine().log("dry run: would remind on %s: %s", cd.getId(), text);
        return;
      }

      ImmutableSet<Account.Id> ids =
          targets.targets().stream()
              .map(p -> Account.id(p.accountId()))
              .collect(ImmutableSet.toImmutableSet());
      boolean posted =
          poster.post(
              new BotPost(
                  project,
                  cd.getId(),
                  text,
                  BotPost.IGNORED_TAG,
                  ids,
                  "Waiting on reviewers since "
                      + DAY.format(verdict.waitingSince().orElseThrow())
                      + " (community-health reminder)",
                  ids,
                  this::stillDue));
      if (!posted) {
        skip(cd, verdict, Skip.NO_LONGER_DUE, Outcome.NO_LONGER_DUE);
        return;
      }
      remindedCount++;
      metrics.remindersPosted.increment();
      entry(cd, Optional.of(verdict), Outcome.REMINDED, targets);
      postEvent(project, cd.getId(), verdict, targets.targets());
    }

    /**
     * Re-run on the change's fresh notes inside the update that posts: whoever updated the change
     * in between (a reviewer's comment, another sweeper's reminder) makes this false.
     */
    private boolean stillDue(ChangeNotes fresh) {
      ChangeData cd = changeDataFactory.create(fresh);
      Signals signals = evaluator.evaluate(cd, TimeUtil.now());
      ReviewPolicy review = evaluator.policyOf(cd).policy().review();
      return !review.dryRun()
          && ReminderRule.decide(factsLoader.timeline(cd), signals.ignored(), review).due();
    }

    private void postEvent(
        Project.NameKey project, Change.Id id, IgnoredVerdict verdict, List<Person> targets) {
      try {
        events.post(notesFactory.createChecked(project, id), verdict, targets);
      } catch (Exception e) {
        metrics.errors.increment(HealthMetrics.Component.EVENT);
        logger.atWarning().withCause(e).log("cannot post the ignored event of change %s", id);
      }
    }

    /**
     * Whether reminders are posted by an account, which can bring people onto the change as CC; the
     * server itself cannot, so it only asks those already there. An unusable bot counts as an
     * account: its post fails and is reported as an error anyway.
     */
    private boolean postsAsAccount() {
      try {
        return bot.accountId().isPresent();
      } catch (BotIdentity.BotUnavailableException e) {
        return true;
      }
    }

    private Set<Integer> reviewersOf(ChangeData cd) {
      return cd.reviewers().all().stream().map(Account.Id::get).collect(Collectors.toSet());
    }

    private void skip(ChangeData cd, IgnoredVerdict verdict, Skip why, Outcome outcome) {
      skipped.merge(why, 1, Integer::sum);
      entry(cd, Optional.of(verdict), outcome, EscalationTargets.NONE);
    }

    private void error(ChangeData cd, Optional<IgnoredVerdict> verdict, Exception e) {
      metrics.errors.increment(HealthMetrics.Component.SWEEP);
      // One cause (a missing bot account) can fail every change: the metric and the report count
      // them all, the log shows a sample.
      logger.atWarning().atMostEvery(10, TimeUnit.SECONDS).withCause(e).log(
          "sweep of change %s in %s failed", cd.getId(), cd.project());
      skipped.merge(Skip.ERROR, 1, Integer::sum);
      entry(cd, verdict, Outcome.ERROR, EscalationTargets.NONE);
    }

    private void entry(
        ChangeData cd,
        Optional<IgnoredVerdict> verdict,
        Outcome outcome,
        EscalationTargets targets) {
      if (entries.size() >= MAX_ENTRIES) {
        truncated = true;
        return;
      }
      entries.add(
          new Entry(
              cd.project().get(),
              cd.getId().get(),
              verdict,
              outcome,
              targets.targets(),
              targets.skippedAway()));
    }

    SweepReport report(Duration duration) {
      return new SweepReport(
          now,
          duration,
          dryRun,
          candidates,
          exempt,
          waiting,
          ignored,
          remindedCount,
          wouldRemind,
          ImmutableMap.copyOf(skipped),
          ImmutableList.copyOf(entries),
          truncated);
    }
  }

  /** Where the reminder links to: this plugin's user guide, when Gerrit knows its own URL. */
  private Optional<String> documentation() {
    String base = webUrl.get();
    if (base == null || base.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        (base.endsWith("/") ? base : base + "/")
            + "plugins/"
            + pluginName
            + "/Documentation/user-guide.md#reminders");
  }
}
