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

import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.annotations.PluginName;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.config.CanonicalWebUrl;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Outcome;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotIdentity;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPoster;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeFactsLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeRevisionKey;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reminds the reviewers of one ignored change: at most one reminder per waiting period, with the
 * escalation targets added to the attention set. It never abandons a change and never nudges the
 * owner.
 *
 * <p>Only ignored changes of projects that remind have their messages read, to find an earlier
 * reminder, and a change found already reminded is remembered by its {@link ChangeRevisionKey}
 * until anything on it changes.
 *
 * <p>Exactly once: the post re-runs the reminder rule on the change's fresh notes inside the
 * update, so two sweeps at once, a restart or a second primary post one reminder between them.
 * Reads run as the server; posts as the bot.
 */
@Singleton
class Reminder {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String REMINDED_CACHE = "reminded";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(REMINDED_CACHE, ChangeRevisionKey.class, Boolean.class).maximumWeight(100_000);
      }
    };
  }

  /**
   * What became of one ignored change, with whom it was or would be brought to, and whether the
   * reminder's stream event was sent.
   */
  record Result(Outcome outcome, EscalationTargets targets, boolean eventSent) {
    Result(Outcome outcome, EscalationTargets targets) {
      this(outcome, targets, false);
    }

    static Result of(Outcome outcome) {
      return new Result(outcome, EscalationTargets.NONE);
    }
  }

  private final SignalEvaluator evaluator;
  private final ChangeFactsLoader factsLoader;
  private final ChangeData.Factory changeDataFactory;
  private final ChangeNotes.Factory notesFactory;
  private final EscalationCandidates.Factory candidatesFactory;
  private final BotPoster poster;
  private final BotIdentity bot;
  private final IgnoredEventPoster events;
  private final Cache<ChangeRevisionKey, Boolean> reminded;
  private final HealthMetrics metrics;
  private final Provider<String> webUrl;
  private final String pluginName;

  @Inject
  Reminder(
      SignalEvaluator evaluator,
      ChangeFactsLoader factsLoader,
      ChangeData.Factory changeDataFactory,
      ChangeNotes.Factory notesFactory,
      EscalationCandidates.Factory candidatesFactory,
      BotPoster poster,
      BotIdentity bot,
      IgnoredEventPoster events,
      @Named(REMINDED_CACHE) Cache<ChangeRevisionKey, Boolean> reminded,
      HealthMetrics metrics,
      @CanonicalWebUrl Provider<String> webUrl,
      @PluginName String pluginName) {
    this.evaluator = evaluator;
    this.factsLoader = factsLoader;
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

  /**
   * For one sweep at {@code now}: the people looked up (maintainers, mentors) are kept for its
   * duration, and who is awake is judged at its moment.
   */
  Session session(boolean dryRun, Instant now) {
    return new Session(dryRun, now, candidatesFactory.create());
  }

  /** The reminders of one sweep. Not thread-safe: one per sweep, on the sweep's thread. */
  class Session {
    private final boolean dryRun;
    private final Instant now;
    private final EscalationCandidates people;

    private Session(boolean dryRun, Instant now, EscalationCandidates people) {
      this.dryRun = dryRun;
      this.now = now;
      this.people = people;
    }

    /**
     * Reminds on {@code cd}, whose {@code signals} say it is ignored.
     *
     * @param capReached the sweep has posted (or would post) as many reminders as it may
     */
    Result remind(ChangeData cd, Signals signals, boolean capReached) throws Exception {
      IgnoredVerdict verdict = signals.ignored();
      LoadedPolicy loaded = evaluator.policyOf(cd);
      ProjectPolicy policy = loaded.policy();
      ReviewPolicy review = policy.review();
      if (!review.remind()) {
        return Result.of(Outcome.REMIND_OFF);
      }
      // A change state known to carry its waiting period's reminder; any update misses.
      ChangeRevisionKey key = ChangeRevisionKey.of(cd, loaded);
      if (reminded.getIfPresent(key) != null) {
        return Result.of(Outcome.ALREADY_REMINDED);
      }
      // The decision needs the messages: only ignored changes of reminding projects get here.
      ReminderDecision decision = ReminderRule.decide(factsLoader.timeline(cd), verdict, review);
      if (!decision.due()) {
        if (decision.outcome() == ReminderDecision.Outcome.ALREADY_REMINDED) {
          reminded.put(key, true);
        }
        return Result.of(Outcome.ALREADY_REMINDED);
      }
      if (capReached) {
        return Result.of(Outcome.CAPPED);
      }

      Project.NameKey project = cd.project();
      EscalationTargets targets = targets(cd, signals, policy);
      String text =
          ReminderMessage.build(
              verdict, review, targets, signals.change().ownerOffset(), documentation());

      if (dryRun || review.dryRun()) {
        metrics.remindersDryRun.increment();
        logger.atFine().log("dry run: would remind on %s: %s", cd.getId(), text);
        return new Result(Outcome.WOULD_REMIND, targets);
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
                  Reminder.this::stillDue));
      if (!posted) {
        return Result.of(Outcome.NO_LONGER_DUE);
      }
      metrics.remindersPosted.increment();
      boolean eventSent = postEvent(project, cd.getId(), verdict, targets.targets());
      return new Result(Outcome.REMINDED, targets, eventSent);
    }

    /**
     * Whom the reminder brings in: the one call into {@link EscalationPicker}. Without a bot
     * account the server posts, which cannot bring people onto the change, so only those already
     * there are asked.
     */
    private EscalationTargets targets(ChangeData cd, Signals signals, ProjectPolicy policy) {
      ReviewPolicy review = policy.review();
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
      return targets;
    }
  }

  /**
   * Re-run on the change's fresh notes inside the update that posts: whoever updated the change in
   * between (a reviewer's comment, another sweeper's reminder) makes this false.
   */
  private boolean stillDue(ChangeNotes fresh) {
    ChangeData cd = changeDataFactory.create(fresh);
    Signals signals = evaluator.evaluate(cd, TimeUtil.now());
    ReviewPolicy review = evaluator.policyOf(cd).policy().review();
    return !review.dryRun()
        && ReminderRule.decide(factsLoader.timeline(cd), signals.ignored(), review).due();
  }

  /**
   * Sends the stream event of the reminder just posted, unless this waiting period's event was sent
   * alone before (the project reminds since). A fault costs the event, never the sweep.
   */
  private boolean postEvent(
      Project.NameKey project, Change.Id id, IgnoredVerdict verdict, List<Person> targets) {
    try {
      return events.post(notesFactory.createChecked(project, id), verdict, targets, true);
    } catch (Exception e) {
      metrics.errors.increment(HealthMetrics.Component.EVENT);
      logger.atWarning().withCause(e).log("cannot post the ignored event of change %s", id);
      return false;
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

  private static Set<Integer> reviewersOf(ChangeData cd) {
    return cd.reviewers().all().stream().map(Account.Id::get).collect(Collectors.toSet());
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
