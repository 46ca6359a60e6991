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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.text.HumanDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The review-queue score of a change: the sum of documented factors, each kept with its value and a
 * detail for people.
 *
 * <ul>
 *   <li>{@code focus}: for each matched focus area, its score (0..1) times its weight;
 *   <li>{@code waiting}: one point per week waiting on reviewers, at most {@value
 *       #MAX_WAITING_WEEKS};
 *   <li>{@code newcomer}: {@value #NEWCOMER_POINTS} when the owner is a newcomer;
 *   <li>{@code ignored}: {@value #IGNORED_POINTS} when the change waited longer than the project
 *       allows.
 * </ul>
 */
public record PriorityScore(double score, ImmutableList<Factor> breakdown) {
  public static final double MAX_WAITING_WEEKS = 4;
  public static final double NEWCOMER_POINTS = 0.5;
  public static final double IGNORED_POINTS = 1;

  /** One factor of the score. */
  public record Factor(String factor, double value, String detail) {
    public Factor {
      requireNonNull(factor, "factor");
      requireNonNull(detail, "detail");
    }
  }

  public PriorityScore {
    requireNonNull(breakdown, "breakdown");
  }

  public static PriorityScore of(Signals s, Instant now) {
    ImmutableList.Builder<Factor> factors = ImmutableList.builder();
    for (var m : s.change().focus()) {
      factors.add(
          new Factor(
              "focus",
              round(m.score() * m.weight()),
              String.format(
                  Locale.ROOT, "%s %.2f × weight %s", m.name(), m.score(), trim(m.weight()))));
    }
    s.change()
        .waitingSince()
        .ifPresent(
            since -> {
              Duration waited = Duration.between(since, now);
              double weeks = Math.min(MAX_WAITING_WEEKS, Math.max(0, waited.toMinutes() / 10080.0));
              factors.add(
                  new Factor(
                      "waiting",
                      round(weeks),
                      "waiting " + HumanDuration.roundedDown(waited, false)));
            });
    if (s.newcomer().newcomer()) {
      factors.add(new Factor("newcomer", NEWCOMER_POINTS, "owner is a newcomer"));
    }
    if (s.ignored().ignored()) {
      factors.add(new Factor("ignored", IGNORED_POINTS, "waited longer than the project allows"));
    }
    ImmutableList<Factor> all = factors.build();
    return new PriorityScore(round(all.stream().mapToDouble(Factor::value).sum()), all);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
