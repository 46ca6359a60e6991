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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.account.AccountLoader;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.query.change.BooleanPredicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.api.QueueInfo;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.signals.PriorityScore;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalsJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks open, non-WIP changes the caller can see by {@link PriorityScore}. Candidates come from the
 * change index with the caller's visibility enforced; their signals come from the cache.
 */
@Singleton
class ReviewQueue {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /**
   * Ranking needs every candidate's score; beyond this many open changes the oldest are left out.
   */
  static final int MAX_CANDIDATES = 5_000;

  static final int DEFAULT_LIMIT = 25;
  static final int MAX_LIMIT = 500;

  private record Ranked(ChangeData cd, Signals signals, PriorityScore score) {}

  private final Provider<InternalChangeQuery> queryProvider;
  private final SignalEvaluator evaluator;
  private final AccountLoader.Factory accountLoaderFactory;
  private final HealthMetrics metrics;

  @Inject
  ReviewQueue(
      Provider<InternalChangeQuery> queryProvider,
      SignalEvaluator evaluator,
      AccountLoader.Factory accountLoaderFactory,
      HealthMetrics metrics) {
    this.queryProvider = queryProvider;
    this.evaluator = evaluator;
    this.accountLoaderFactory = accountLoaderFactory;
    this.metrics = metrics;
  }

  QueueInfo rank(Optional<Project.NameKey> project, int start, int limit) throws Exception {
    Predicate<ChangeData> candidates =
        Predicate.and(
            ChangeStatusPredicate.open(),
            Predicate.not(new BooleanPredicate(ChangeField.WIP_SPEC)));
    if (project.isPresent()) {
      candidates = Predicate.and(ChangePredicates.project(project.get()), candidates);
    }
    ImmutableList<ChangeData> open =
        queryProvider.get().enforceVisibility(true).setLimit(MAX_CANDIDATES).query(candidates);

    Instant now = TimeUtil.now();
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

    AccountLoader accounts = accountLoaderFactory.create(true);
    QueueInfo info = new QueueInfo();
    info.project = project.map(Project.NameKey::get).orElse(null);
    info.start = start;
    info.limit = limit;
    info.changes = new ArrayList<>();
    // In long: a start near Integer.MAX_VALUE must not wrap around.
    int end = (int) Math.min(ranked.size(), (long) start + limit);
    for (int i = start; i < end; i++) {
      Ranked r = ranked.get(i);
      QueueInfo.EntryInfo e = new QueueInfo.EntryInfo();
      e.project = r.cd().project().get();
      e.number = r.cd().getId().get();
      e.subject = r.cd().change().getSubject();
      e.owner = accounts.get(r.cd().change().getOwner());
      e.score = r.score().score();
      e.breakdown =
          r.score().breakdown().stream()
              .map(
                  f -> {
                    QueueInfo.FactorInfo fi = new QueueInfo.FactorInfo();
                    fi.factor = f.factor();
                    fi.value = f.value();
                    fi.detail = f.detail();
                    return fi;
                  })
              .collect(ImmutableList.toImmutableList());
      e.signals = SignalsJson.attribute(r.signals());
      info.changes.add(e);
    }
    accounts.fill();
    if (end < ranked.size()) {
      info.more = true;
    }
    return info;
  }
}
