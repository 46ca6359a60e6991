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

import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.query.change.BooleanPredicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The review queue: open, non-WIP changes the caller can see, ranked by {@link PriorityScore}.
 * Candidates come from the change index with the caller's visibility enforced; their signals come
 * from the cache.
 */
@Singleton
public class ReviewRanking {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /**
   * Ranking needs every candidate's score; beyond this many open changes the oldest are left out.
   */
  public static final int MAX_CANDIDATES = 5_000;

  /** A change with its signals and score. */
  public record Ranked(ChangeData cd, Signals signals, PriorityScore score) {}

  private final Provider<InternalChangeQuery> queryProvider;
  private final SignalEvaluator evaluator;
  private final HealthMetrics metrics;

  @Inject
  ReviewRanking(
      Provider<InternalChangeQuery> queryProvider,
      SignalEvaluator evaluator,
      HealthMetrics metrics) {
    this.queryProvider = queryProvider;
    this.evaluator = evaluator;
    this.metrics = metrics;
  }

  /**
   * The ranked queue of one project, or of the whole server, most urgent first (older first on a
   * tie). A change whose signals fail is left out, logged and counted.
   */
  public ImmutableList<Ranked> rank(Optional<Project.NameKey> project, Instant now) {
    Predicate<ChangeData> candidates =
        Predicate.and(
            ChangeStatusPredicate.open(),
            Predicate.not(new BooleanPredicate(ChangeField.WIP_SPEC)));
    if (project.isPresent()) {
      candidates = Predicate.and(ChangePredicates.project(project.get()), candidates);
    }
    ImmutableList<ChangeData> open =
        queryProvider.get().enforceVisibility(true).setLimit(MAX_CANDIDATES).query(candidates);

    List<Ranked> ranked = new ArrayList<>(open.size());
    SignalEvaluator.Batch signals = evaluator.batch(now);
    for (ChangeData cd : open) {
      try {
        Signals s = signals.evaluate(cd);
        ranked.add(new Ranked(cd, s, PriorityScore.of(s, now)));
      } catch (RuntimeException e) {
        metrics.errors.increment(HealthMetrics.Component.QUEUE);
        logger.atWarning().withCause(e).log("change %s left out of the queue", cd.getId());
      }
    }
    ranked.sort(
        Comparator.comparingDouble((Ranked r) -> -r.score().score())
            .thenComparing(r -> r.cd().change().getCreatedOn()));
    return ImmutableList.copyOf(ranked);
  }
}
