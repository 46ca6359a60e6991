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

package com.googlesource.gerrit.plugins.communityhealth.query;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.index.query.PostFilterPredicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A search operator over the signals: Gerrit runs the index part of the query and asks this of each
 * result. A change whose signals fail does not match, and the fault is logged and counted; the
 * query goes on.
 */
final class SignalPredicate extends PostFilterPredicate<ChangeData> {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final SignalEvaluator evaluator;
  private final HealthMetrics metrics;
  private final Instant now;
  private final Predicate<Signals> test;

  SignalPredicate(
      String operator,
      String value,
      SignalEvaluator evaluator,
      HealthMetrics metrics,
      Instant now,
      Predicate<Signals> test) {
    super(operator, value);
    this.evaluator = evaluator;
    this.metrics = metrics;
    this.now = now;
    this.test = test;
  }

  @Override
  public boolean match(ChangeData cd) {
    try {
      return test.test(evaluator.evaluate(cd, now));
    } catch (RuntimeException e) {
      metrics.errors.increment(HealthMetrics.Component.QUERY);
      logger.atWarning().atMostEvery(1, TimeUnit.MINUTES).withCause(e).log(
          "%s: signals of change %s failed; it does not match", this, cd.getId());
      return false;
    }
  }

  @Override
  public int getCost() {
    // Served from the signals cache, but a miss reads the change: after every index predicate.
    return 10;
  }
}
