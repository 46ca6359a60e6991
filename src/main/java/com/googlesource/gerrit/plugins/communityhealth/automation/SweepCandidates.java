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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.query.change.BooleanPredicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.ExemptionMatcher;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * The sweep's candidate selection: open changes, ready for review and public, minus those their
 * project's {@code [review] exempt} query matches, each with its signals, the longest waiting
 * first.
 *
 * <p>Cheap by construction: the change index lists the candidates with the few stored fields needed
 * to key the signals cache, so a change whose cached signals say it is not ignored costs no NoteDb
 * read. Each project's exempt query runs once per sweep against the change index (never once per
 * change), and its matches are left out before any signal is computed.
 */
@Singleton
class SweepCandidates {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Candidates per batch of signals on the signals queue. */
  static final int EVALUATION_BATCH = 250;

  /** A candidate with its signals, or the fault that kept them from it. */
  record Evaluated(ChangeData cd, Optional<Signals> signals, Optional<RuntimeException> error) {
    Optional<Instant> waitingSince() {
      return signals.flatMap(s -> s.change().waitingSince());
    }
  }

  /**
   * @param candidates how many open changes the index listed
   * @param exempt how many of them the exempt queries matched
   * @param evaluated the others with their signals, the longest waiting first
   */
  record Selection(int candidates, int exempt, ImmutableList<Evaluated> evaluated) {}

  /** Waiting changes by the start of their wait, the rest after them in index order. */
  private static final Comparator<Evaluated> LONGEST_WAITING_FIRST =
      Comparator.comparing(
          (Evaluated e) -> e.waitingSince().orElse(Instant.MAX), Comparator.naturalOrder());

  private final Provider<InternalChangeQuery> queryProvider;
  private final OneOffRequestContext requestContext;
  private final SignalEvaluator evaluator;
  private final ExemptionMatcher exemptions;
  private final SweepQueues queues;
  private final HealthMetrics metrics;
  private volatile int evaluationThreads = Sweeper.EVALUATION_THREADS;
  private volatile int evaluationBatch = EVALUATION_BATCH;

  @Inject
  SweepCandidates(
      Provider<InternalChangeQuery> queryProvider,
      OneOffRequestContext requestContext,
      SignalEvaluator evaluator,
      ExemptionMatcher exemptions,
      SweepQueues queues,
      HealthMetrics metrics) {
    this.queryProvider = queryProvider;
    this.requestContext = requestContext;
    this.evaluator = evaluator;
    this.exemptions = exemptions;
    this.queues = queues;
    this.metrics = metrics;
  }

  void setEvaluationThreads(int threads) {
    this.evaluationThreads = Math.max(1, threads);
  }

  void setEvaluationBatch(int batch) {
    this.evaluationBatch = Math.max(1, batch);
  }

  /** The candidates of a sweep at {@code now}; call with a request context open. */
  Selection select(Instant now) {
    ImmutableList<ChangeData> candidates = candidates();
    metrics.sweepCandidates.incrementBy(candidates.size());
    ImmutableSet<Change.Id> exempt = exempt(candidates);
    List<Evaluated> evaluated =
        evaluate(
            candidates.stream()
                .filter(cd -> !exempt.contains(cd.getId()))
                .collect(ImmutableList.toImmutableList()),
            now);
    // The longest waiting first: they get the reminders when the per-sweep cap bites.
    evaluated.sort(LONGEST_WAITING_FIRST);
    return new Selection(candidates.size(), exempt.size(), ImmutableList.copyOf(evaluated));
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

  /**
   * The signals of every candidate, on the {@link SweepQueues#SIGNALS_QUEUE} threads: mostly served
   * from the cache, but after a restart, a plugin reload or midnight UTC (the cache key's day)
   * every change is computed again, and that is worth both cores. Deciding and posting stay on the
   * sweep's thread, in index order.
   */
  private List<Evaluated> evaluate(List<ChangeData> candidates, Instant now) {
    int threads = Math.min(evaluationThreads, Runtime.getRuntime().availableProcessors());
    int size = evaluationBatch;
    if (threads <= 1 || candidates.size() < size) {
      return evaluateBatch(candidates, now);
    }
    List<List<ChangeData>> parts = Lists.partition(candidates, size);
    List<Future<List<Evaluated>>> batches = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<ChangeData> batch = parts.get(i);
      int first = i * size + 1;
      batches.add(
          queues.submitSignals(
              String.format(
                  Locale.ROOT,
                  "sweep: signals of changes %d-%d of %d",
                  first,
                  first + batch.size() - 1,
                  candidates.size()),
              () -> {
                // Queue threads have no request context; read as the server.
                try (ManualRequestContext ctx = requestContext.open()) {
                  return evaluateBatch(batch, now);
                }
              }));
    }
    List<Evaluated> out = new ArrayList<>(candidates.size());
    for (Future<List<Evaluated>> batch : batches) {
      out.addAll(SweepQueues.await(batch));
    }
    return out;
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
}
