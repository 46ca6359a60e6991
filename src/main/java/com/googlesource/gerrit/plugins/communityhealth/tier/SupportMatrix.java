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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregates the activity on each feature's changes into the support matrix: beside each declared
 * tier, what was observed (changes, maintainer activity, review latency, CI votes). Pure: the
 * caller loads the activity and passes the current time.
 */
public final class SupportMatrix {
  /** The default period over which changes and CI votes are counted. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

  /** The default period without maintainer activity after which a feature is unmaintained. */
  public static final Duration DEFAULT_UNMAINTAINED_AFTER = Duration.ofDays(180);

  public static final SupportMatrix DEFAULT =
      new SupportMatrix(DEFAULT_WINDOW, DEFAULT_UNMAINTAINED_AFTER);

  private final Duration window;
  private final Duration unmaintainedAfter;

  public SupportMatrix(Duration window, Duration unmaintainedAfter) {
    this.window = positive(window, "window");
    this.unmaintainedAfter = positive(unmaintainedAfter, "unmaintainedAfter");
  }

  private static Duration positive(Duration d, String name) {
    requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }

  public Duration window() {
    return window;
  }

  public Duration unmaintainedAfter() {
    return unmaintainedAfter;
  }

  /**
   * The period of inactivity after which {@code feature} is unmaintained: its own, or the default.
   */
  public Duration unmaintainedAfter(FeatureDefinition feature) {
    return feature.unmaintainedAfter().orElse(unmaintainedAfter);
  }

  /**
   * How far back the activity of {@code features} must be loaded at least: the window, or the
   * longest period of inactivity a feature is allowed, whichever is longer.
   */
  public Duration lookback(List<FeatureDefinition> features) {
    Duration longest = window;
    for (FeatureDefinition f : features) {
      Duration d = unmaintainedAfter(f);
      if (d.compareTo(longest) > 0) {
        longest = d;
      }
    }
    return longest;
  }

  /** One row per feature, in the order given. */
  public ImmutableList<FeatureSupport> summarize(List<FeatureActivity> features, Instant now) {
    requireNonNull(features, "features");
    requireNonNull(now, "now");
    return features.stream().map(f -> summarize(f, now)).collect(toImmutableList());
  }

  public FeatureSupport summarize(FeatureActivity activity, Instant now) {
    requireNonNull(activity, "activity");
    requireNonNull(now, "now");
    Instant windowStart = now.minus(window);
    Instant activeSince = now.minus(unmaintainedAfter(activity.feature()));

    int merged = 0;
    int opened = 0;
    int open = 0;
    MaintainerAction lastReview = null;
    MaintainerAction lastMerge = null;
    List<Duration> timesToFirstReview = new ArrayList<>();
    TreeMap<String, Instant> ciVotes = new TreeMap<>();
    TreeMap<String, Integer> ciVotedChanges = new TreeMap<>();
    Set<Integer> seen = new HashSet<>();

    for (ChangeActivity c : activity.changes()) {
      if (!seen.add(c.changeNumber())) {
        continue;
      }
      boolean createdInWindow = !c.created().isBefore(windowStart);
      if (c.merged().isPresent() && !c.merged().get().isBefore(windowStart)) {
        merged++;
      }
      if (createdInWindow) {
        opened++;
        if (c.firstHumanReview().isPresent()) {
          Duration wait = Duration.between(c.created(), c.firstHumanReview().get());
          // Clocks of replicas can disagree by a little; a review never precedes its change.
          timesToFirstReview.add(wait.isNegative() ? Duration.ZERO : wait);
        }
      }
      if (c.status() == ChangeActivity.Status.OPEN) {
        open++;
      }
      for (MaintainerAction a : c.maintainerActions()) {
        if (a.kind() == MaintainerAction.Kind.REVIEW) {
          lastReview = later(lastReview, a);
        } else {
          lastMerge = later(lastMerge, a);
        }
      }
      c.ciVotes()
          .forEach(
              (account, at) -> {
                if (!at.isBefore(windowStart)) {
                  ciVotes.merge(account, at, (x, y) -> x.isAfter(y) ? x : y);
                  ciVotedChanges.merge(account, 1, Integer::sum);
                }
              });
    }

    Maintenance maintenance;
    if (activity.feature().maintainers().isEmpty()) {
      maintenance = Maintenance.NO_MAINTAINERS;
    } else if (isActiveSince(lastReview, activeSince) || isActiveSince(lastMerge, activeSince)) {
      maintenance = Maintenance.MAINTAINED;
    } else {
      maintenance = Maintenance.MAINTAINERS_INACTIVE;
    }
    boolean claimsCi = !activity.feature().testing().isUntestedUpstream();

    return new FeatureSupport(
        activity.feature(),
        merged,
        opened,
        open,
        Optional.ofNullable(lastReview),
        Optional.ofNullable(lastMerge),
        median(timesToFirstReview),
        timesToFirstReview.size(),
        maintenance,
        ImmutableSortedMap.copyOf(ciVotes),
        ImmutableSortedMap.copyOf(ciVotedChanges),
        claimsCi && ciVotes.isEmpty());
  }

  private static MaintainerAction later(MaintainerAction current, MaintainerAction candidate) {
    return current == null || candidate.at().isAfter(current.at()) ? candidate : current;
  }

  private static boolean isActiveSince(MaintainerAction last, Instant since) {
    return last != null && !last.at().isBefore(since);
  }

  /** The middle value; the mean of the two middle values of an even count. */
  static Optional<Duration> median(List<Duration> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    return Optional.of(
        sorted.size() % 2 == 1
            ? sorted.get(mid)
            : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2));
  }
}
