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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import com.google.common.annotations.VisibleForTesting;
import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.entities.Project;
import com.google.gerrit.metrics.Counter1;
import com.google.gerrit.metrics.Timer0;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.project.ProjectCache;
import com.google.gerrit.server.project.ProjectState;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeFacts;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeFactsLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeRevisionKey;
import com.googlesource.gerrit.plugins.communityhealth.change.ExemptionMatcher;
import com.googlesource.gerrit.plugins.communityhealth.change.HumanActivityLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerStandingLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedFocus;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedMatch;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerDecision;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerRule;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.OwnerStanding;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredRule;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.review.WaitingClock;
import com.googlesource.gerrit.plugins.communityhealth.tier.TierRule;
import com.googlesource.gerrit.plugins.communityhealth.tier.TierSignal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;

/**
 * The one place that turns a change into its {@link Signals}. The time-independent part is cached
 * by change meta revision and policy revision; newcomer status (which moves when another of the
 * owner's changes merges) and {@code ignored} (which moves with the clock) are derived on each call
 * from cached inputs.
 */
@Singleton
public class SignalEvaluator {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String CACHE_NAME = "change_signals";

  /** What the cached part of a change's signals depends on. */
  record Key(ChangeRevisionKey change, LocalDate day) {}

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(CACHE_NAME, Key.class, ChangeSignals.class).maximumWeight(100_000);
      }
    };
  }

  private final ProjectCache projectCache;
  private final PolicyLoader policyLoader;
  private final ChangeFactsLoader factsLoader;
  private final OwnerStandingLoader standings;
  private final HumanActivityLoader humanActivity;
  private final FocusMatchers focusMatchers;
  private final ExemptionMatcher exemptions;
  private final LearnedFocusStore learned;
  private final Cache<Key, ChangeSignals> cache;
  private final Timer0 latency;
  private final Counter1<HealthMetrics.Component> errors;

  @Inject
  SignalEvaluator(
      ProjectCache projectCache,
      PolicyLoader policyLoader,
      ChangeFactsLoader factsLoader,
      OwnerStandingLoader standings,
      HumanActivityLoader humanActivity,
      FocusMatchers focusMatchers,
      ExemptionMatcher exemptions,
      LearnedFocusStore learned,
      @Named(CACHE_NAME) Cache<Key, ChangeSignals> cache,
      HealthMetrics metrics) {
    this.projectCache = projectCache;
    this.policyLoader = policyLoader;
    this.factsLoader = factsLoader;
    this.standings = standings;
    this.humanActivity = humanActivity;
    this.focusMatchers = focusMatchers;
    this.exemptions = exemptions;
    this.learned = learned;
    this.cache = cache;
    this.latency = metrics.signalLatency;
    this.errors = metrics.errors;
  }

  /** The signals of {@code cd} at {@code now}. */
  public Signals evaluate(ChangeData cd, Instant now) {
    return batch(now).evaluate(cd);
  }

  /**
   * For many changes at one moment, such as a query's results or a sweep: each project's policy and
   * each owner's standing are looked up once per batch instead of once per change (a page of 500
   * changes has a few projects and owners). One batch per request and thread; it is not thread-safe
   * and holds what it looked up until it is dropped.
   */
  public Batch batch(Instant now) {
    return new Batch(now, Optional.empty());
  }

  /**
   * A batch that evaluates every change under {@code candidate} instead of the policy in force, for
   * a preview of a configuration: the same evaluation, but nothing it computes is cached, as the
   * candidate is not in force (and must not push signals in force out of the cache). Each change
   * costs a full evaluation; callers bound how many they evaluate.
   */
  public Batch batch(Instant now, LoadedPolicy candidate) {
    return new Batch(now, Optional.of(candidate));
  }

  /** Evaluates changes at one moment; see {@link #batch}. */
  public final class Batch {
    /**
     * An owner's standing on a branch. Within a batch a project has one policy (the one in force,
     * or the candidate), so the branch settles the newcomer policy too, which need not be hashed.
     */
    private record StandingKey(Account.Id owner, BranchNameKey branch) {}

    private final Instant now;
    private final LocalDate day;
    private final Optional<LoadedPolicy> candidate;
    private final Map<Project.NameKey, InForce> inForceByProject = new HashMap<>();
    private final Map<StandingKey, OwnerStanding> ownerStandings = new HashMap<>();
    private FocusMatcher candidateMatcher;

    private Batch(Instant now, Optional<LoadedPolicy> candidate) {
      this.now = now;
      this.day = now.atOffset(ZoneOffset.UTC).toLocalDate();
      this.candidate = candidate;
    }

    /** The signals of {@code cd} at this batch's moment. */
    public Signals evaluate(ChangeData cd) {
      LoadedPolicy policy;
      ChangeSignals change;
      if (candidate.isPresent()) {
        policy = candidate.get();
        if (candidateMatcher == null) {
          candidateMatcher = focusMatchers.compile(policy, day);
        }
        // A candidate's areas have learned nothing yet: learning starts once it is in force.
        change = compute(cd, policy, candidateMatcher, LearnedFocus.EMPTY);
      } else {
        // A page of results holds a few projects: what is in force is looked up once for each.
        InForce f = inForceByProject.computeIfAbsent(cd.project(), p -> inForce(cd));
        policy = f.policy();
        change = changeSignals(cd, f, day);
      }
      ProjectPolicy p = policy.policy();
      OwnerStanding standing =
          ownerStandings.computeIfAbsent(
              new StandingKey(Account.id(change.ownerId()), cd.change().getDest()),
              k -> standings.standing(k.owner(), k.branch(), p.newcomer()));
      NewcomerDecision newcomer = NewcomerRule.of(p.newcomer()).decide(standing);
      IgnoredVerdict ignored =
          IgnoredRule.evaluate(
              change.waitingSince(), now, newcomer.newcomer(), p.review(), change.ownerOffset());
      return new Signals(change, newcomer, ignored);
    }
  }

  /** Whether the cached part of the change's signals is ready, without computing it. */
  @VisibleForTesting
  boolean isCached(ChangeData cd, Instant now) {
    return cache.getIfPresent(key(cd, inForce(cd), now.atOffset(ZoneOffset.UTC).toLocalDate()))
        != null;
  }

  /**
   * What the change's project has in force: its policy and what its focus areas learned, and the
   * revision of both that cached signals are keyed by.
   */
  private record InForce(LoadedPolicy policy, LearnedFocusStore.Current learned, String revision) {}

  private InForce inForce(ChangeData cd) {
    LoadedPolicy policy = policyOf(cd);
    LearnedFocusStore.Current current = learned.current(cd.project(), policy);
    // What focus areas learned moves the signals too: its version is part of the policy's.
    return new InForce(policy, current, policy.revision() + "|" + current.version());
  }

  /** The policy in force for the change's project. */
  public LoadedPolicy policyOf(ChangeData cd) {
    ProjectState state =
        projectCache
            .get(cd.project())
            .orElseThrow(() -> new IllegalStateException("no project " + cd.project()));
    return policyLoader.load(state);
  }

  private static Key key(ChangeData cd, InForce inForce, LocalDate day) {
    return new Key(ChangeRevisionKey.of(cd, inForce.revision()), day);
  }

  private ChangeSignals changeSignals(ChangeData cd, InForce f, LocalDate day) {
    try {
      return cache.get(
          key(cd, f, day),
          () -> compute(cd, f.policy(), focusMatchers.get(f.policy(), day), f.learned().focus()));
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "cannot compute signals of change " + cd.getId(), e.getCause());
    }
  }

  private ChangeSignals compute(
      ChangeData cd, LoadedPolicy policy, FocusMatcher matcher, LearnedFocus learnedFocus) {
    try (Timer0.Context ignored = latency.start()) {
      ChangeFacts facts = factsLoader.load(cd);
      TierSignal tier = TierRule.evaluate(policy.classifier().classify(facts.paths()));
      boolean exempt = exempt(cd, policy);
      Optional<Instant> waitingSince =
          new WaitingClock(humanActivity.forAccounts(facts.accounts()))
              .waitingSince(facts.timeline(), exempt);
      return new ChangeSignals(
          tier,
          focus(cd, facts, policy, matcher, learnedFocus),
          exempt,
          waitingSince,
          facts.timeline().owner().accountId(),
          facts.ownerOffset());
    }
  }

  /** A broken exempt query exempts nothing: the change keeps its other signals. */
  private boolean exempt(ChangeData cd, LoadedPolicy policy) {
    try {
      return exemptions.matches(cd, policy.policy().review().exempt());
    } catch (RuntimeException e) {
      errors.increment(HealthMetrics.Component.SIGNALS);
      logger.atWarning().withCause(e).log("exemption of change %s not evaluated", cd.getId());
      return false;
    }
  }

  private ImmutableList<FocusSignal> focus(
      ChangeData cd,
      ChangeFacts facts,
      LoadedPolicy policy,
      FocusMatcher matcher,
      LearnedFocus learnedFocus) {
    if (policy.policy().focusAreas().isEmpty()) {
      return ImmutableList.of();
    }
    PatchSetText text =
        new PatchSetText(
            facts.subject(),
            facts.message(),
            facts.paths(),
            facts.topic(),
            facts.hashtags().asList());
    // One analysis pass serves the queries and the learned neighbours.
    FocusMatcher.Matched<ImmutableList<LearnedMatch>> matched =
        matcher.match(
            text, analysed -> learnedFocus.match(analysed, OptionalInt.of(cd.getId().get())));
    return FocusEvidence.combine(
        policy.policy().focusAreas(),
        ImmutableSet.copyOf(matcher.activeAreas()),
        matched.matches(),
        linkedBy(cd, policy),
        learnedFocus,
        matched.read().orElse(ImmutableList.of()));
  }

  /** The clause of each area's link that selects the change; a broken link links nothing. */
  private ImmutableMap<String, String> linkedBy(ChangeData cd, LoadedPolicy policy) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (FocusAreaDefinition area : policy.policy().focusAreas()) {
      if (area.link().isEmpty()) {
        continue;
      }
      try {
        exemptions.matchingClause(cd, area.link().get()).ifPresent(c -> out.put(area.name(), c));
      } catch (RuntimeException e) {
        errors.increment(HealthMetrics.Component.SIGNALS);
        logger.atWarning().withCause(e).log(
            "link of focus area %s not evaluated on change %s", area.name(), cd.getId());
      }
    }
    return out.buildKeepingLast();
  }
}
