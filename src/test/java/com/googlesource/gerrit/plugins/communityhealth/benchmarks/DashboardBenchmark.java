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

package com.googlesource.gerrit.plugins.communityhealth.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeDigest;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.CommunityMetrics;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.JudgedChange;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MergedBeforeJudge;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MetricsHistory;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewHours;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewerStats;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.TimeZoneMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The pure part of {@code ~metrics} and {@code ~reviewers} at OpenStack's scale: 20,000 changes in
 * a 90-day window (what a warm request computes once every digest is cached), 2,000 owners in
 * offsets from UTC-08:00 to UTC+13:45, 300 reviewers, up to 8 review actions per change.
 *
 * <pre>
 * ch_mvn -q test-compile
 * ch_mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.openjdk.jmh.Main \
 *     DashboardBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardBenchmark {
  static final int CHANGES = 20_000;
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant FROM = NOW.minus(Duration.ofDays(90));
  private static final String[] OFFSETS = {
    "-08:00", "-07:00", "-05:00", "-03:00", "+00:00", "+01:00", "+02:00", "+03:00", "+05:30",
    "+08:00", "+09:00", "+10:00", "+13:45"
  };
  private static final TimeZoneMetrics.Thresholds THRESHOLDS =
      new TimeZoneMetrics.Thresholds(Duration.ofDays(7), Duration.ofDays(2));

  private final ImmutableList<ChangeDigest> changes = changes(new Random(42));

  static ImmutableList<ChangeDigest> changes(Random random) {
    List<ChangeDigest> out = new ArrayList<>(CHANGES);
    for (int i = 0; i < CHANGES; i++) {
      int owner = 1 + random.nextInt(2_000);
      Instant created = FROM.plusSeconds(random.nextInt((int) Duration.ofDays(90).toSeconds()));
      ImmutableList.Builder<ChangeDigest.ReviewAction> actions = ImmutableList.builder();
      ImmutableMap.Builder<Integer, Integer> votes = ImmutableMap.builder();
      Instant t = created;
      int n = random.nextInt(9);
      for (int a = 0; a < n; a++) {
        int reviewer = 5_000 + random.nextInt(300);
        t = t.plusSeconds(60 + random.nextInt(200_000));
        actions.add(new ChangeDigest.ReviewAction(reviewer, t));
        votes.put(reviewer, random.nextInt(5) - 2);
      }
      int fate = random.nextInt(10);
      ChangeDigest.Outcome outcome =
          fate < 6
              ? ChangeDigest.Outcome.MERGED
              : fate < 8 ? ChangeDigest.Outcome.ABANDONED : ChangeDigest.Outcome.OPEN;
      out.add(
          new ChangeDigest(
              owner,
              created,
              Optional.of(ZoneOffset.of(OFFSETS[owner % OFFSETS.length])),
              outcome,
              outcome == ChangeDigest.Outcome.OPEN ? Optional.empty() : Optional.of(t),
              // One patch set each, and no further draw from the random: the same changes as
              // before patch sets were digested, so figures stay comparable.
              ImmutableList.of(created),
              actions.build(),
              votes.buildKeepingLast()));
    }
    return ImmutableList.copyOf(out);
  }

  /** What ~metrics computes from the history (besides the open changes' signals). */
  @Benchmark
  public int metrics() {
    ImmutableList<JudgedChange> judged =
        MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 5));
    var history = MetricsHistory.histories(judged);
    return CommunityMetrics.timeToFirstResponse(history, FROM, NOW, true).changes()
        + CommunityMetrics.timeToFirstResponse(history, FROM, NOW, false).changes()
        + CommunityMetrics.newContributors(history, FROM, NOW).size()
        + TimeZoneMetrics.byRegion(judged, FROM, NOW, THRESHOLDS).size()
        + ReviewHours.byHour(changes, FROM, NOW).size();
  }

  /** What ~reviewers computes from the history (besides the approver check per reviewer). */
  @Benchmark
  public int reviewers() {
    return ReviewerStats.reviewers(
            MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 5)), FROM, NOW)
        .size();
  }
}
