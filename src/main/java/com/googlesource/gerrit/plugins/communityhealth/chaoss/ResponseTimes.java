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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * CHAOSS Time to First Response over a group of changes.
 *
 * @param changes changes created in the window
 * @param responded how many of them got a first human response
 * @param medianHours median hours to that response; empty when none responded
 * @param p90Hours 90th percentile (nearest rank); empty when none responded
 */
public record ResponseTimes(
    int changes, int responded, Optional<Double> medianHours, Optional<Double> p90Hours) {
  /**
   * Over {@code changes} changes, of which those that got a response waited {@code waits} (in any
   * order; the list is not changed).
   */
  public static ResponseTimes of(int changes, List<Duration> waits) {
    if (waits.isEmpty()) {
      return new ResponseTimes(changes, 0, Optional.empty(), Optional.empty());
    }
    List<Duration> sorted = new ArrayList<>(waits);
    sorted.sort(Comparator.naturalOrder());
    return new ResponseTimes(
        changes,
        sorted.size(),
        Optional.of(hours(median(sorted))),
        Optional.of(hours(nearestRank(sorted, 0.9))));
  }

  static Duration median(List<Duration> sorted) {
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }

  static Duration nearestRank(List<Duration> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static double hours(Duration d) {
    return Math.round(d.toMinutes() / 60.0 * 100) / 100.0;
  }
}
