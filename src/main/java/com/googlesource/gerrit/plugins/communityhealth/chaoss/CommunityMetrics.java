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

package com.googlesource.gerrit.plugins.communityhealth.chaoss;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's community metrics, after the CHAOSS definitions, over plain records: Time to
 * First Response (newcomers beside others), New Contributors per month with how many returned, and
 * the review backlog by age. Human activity is decided upstream by the one definition the waiting
 * clock uses.
 */
public final class CommunityMetrics {
  /** A waiting change for the backlog. */
  public record Waiting(Duration waited, boolean newcomer, boolean ignored) {}

  private static final int[] BUCKET_BOUNDS = {0, 1, 3, 7, 14, 28};
  private static final String[] BUCKET_LABELS = {
    "< 1 day", "1-3 days", "3-7 days", "1-2 weeks", "2-4 weeks", "> 4 weeks"
  };

  /** Time to first response of changes created in [from, to), for newcomers or for others. */
  public static ResponseTimes timeToFirstResponse(
      List<ChangeHistory> changes, Instant from, Instant to, boolean newcomers) {
    List<Duration> waits = new ArrayList<>();
    int count = 0;
    for (ChangeHistory c : changes) {
      if (c.newcomerAtCreation() != newcomers
          || c.created().isBefore(from)
          || !c.created().isBefore(to)) {
        continue;
      }
      count++;
      c.firstResponse().ifPresent(r -> waits.add(Duration.between(c.created(), r)));
    }
    return ResponseTimes.of(count, waits);
  }

  /**
   * New contributors per calendar month (UTC) from {@code from} to {@code to}, oldest first: owners
   * whose first change (among {@code changes}, which must hold every change of theirs) falls in the
   * month, and how many of them created another change later.
   */
  public static ImmutableList<MonthlyNewContributors> newContributors(
      List<ChangeHistory> changes, Instant from, Instant to) {
    Map<Integer, List<Instant>> byOwner = new HashMap<>();
    for (ChangeHistory c : changes) {
      byOwner.computeIfAbsent(c.owner(), k -> new ArrayList<>()).add(c.created());
    }
    Map<YearMonth, int[]> months = new HashMap<>();
    for (List<Instant> created : byOwner.values()) {
      created.sort(Comparator.naturalOrder());
      Instant first = created.get(0);
      if (first.isBefore(from) || !first.isBefore(to)) {
        continue;
      }
      int[] counts =
          months.computeIfAbsent(YearMonth.from(first.atOffset(ZoneOffset.UTC)), m -> new int[2]);
      counts[0]++;
      if (created.size() > 1) {
        counts[1]++;
      }
    }
    ImmutableList.Builder<MonthlyNewContributors> out = ImmutableList.builder();
    YearMonth last = YearMonth.from(to.atOffset(ZoneOffset.UTC));
    for (YearMonth m = YearMonth.from(from.atOffset(ZoneOffset.UTC));
        !m.isAfter(last);
        m = m.plusMonths(1)) {
      int[] counts = months.getOrDefault(m, new int[2]);
      out.add(new MonthlyNewContributors(m, counts[0], counts[1]));
    }
    return out.build();
  }

  /** Waiting changes by days waited. */
  public static ImmutableList<BacklogBucket> backlog(List<Waiting> waiting) {
    int n = BUCKET_BOUNDS.length;
    int[][] counts = new int[n][3];
    for (Waiting w : waiting) {
      long days = w.waited().toDays();
      int b = n - 1;
      while (b > 0 && days < BUCKET_BOUNDS[b]) {
        b--;
      }
      counts[b][0]++;
      counts[b][1] += w.newcomer() ? 1 : 0;
      counts[b][2] += w.ignored() ? 1 : 0;
    }
    ImmutableList.Builder<BacklogBucket> out = ImmutableList.builder();
    for (int b = 0; b < n; b++) {
      out.add(
          new BacklogBucket(
              BUCKET_LABELS[b],
              BUCKET_BOUNDS[b],
              b + 1 < n ? Optional.of(BUCKET_BOUNDS[b + 1]) : Optional.empty(),
              counts[b][0],
              counts[b][1],
              counts[b][2]));
    }
    return out.build();
  }

  private CommunityMetrics() {}
}
