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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Time to first response by the owner's region (see {@link Region}): whether people in some parts
 * of the world wait longer for a first human response than others.
 */
public final class TimeZoneMetrics {
  /**
   * One region's changes.
   *
   * @param region the owners' region
   * @param response time to first response of the region's changes created in the window
   * @param ignored how many of them became ignored: waited longer than the ignored threshold for a
   *     first response (until it came, the change closed, or now)
   */
  public record RegionResponse(Region region, ResponseTimes response, int ignored) {
    public RegionResponse {
      requireNonNull(region, "region");
      requireNonNull(response, "response");
    }
  }

  /**
   * The thresholds after which a change waiting for a first response counts as ignored.
   *
   * @param ignoredAfter the project's {@code [review] ignoredAfter}
   * @param newcomerIgnoredAfter the same for newcomers
   */
  public record Thresholds(Duration ignoredAfter, Duration newcomerIgnoredAfter) {
    public Thresholds {
      requireNonNull(ignoredAfter, "ignoredAfter");
      requireNonNull(newcomerIgnoredAfter, "newcomerIgnoredAfter");
    }

    Duration of(boolean newcomer) {
      return newcomer ? newcomerIgnoredAfter : ignoredAfter;
    }
  }

  /**
   * Every region in {@link Region} order, each with the changes created in [from, to); regions
   * without changes are listed with zero so that a chart keeps its shape.
   */
  public static ImmutableList<RegionResponse> byRegion(
      List<JudgedChange> changes, Instant from, Instant to, Thresholds thresholds) {
    Map<Region, List<Duration>> waits = new EnumMap<>(Region.class);
    Map<Region, int[]> counts = new EnumMap<>(Region.class);
    for (Region r : Region.values()) {
      waits.put(r, new ArrayList<>());
      counts.put(r, new int[2]);
    }
    for (JudgedChange j : changes) {
      ChangeDigest c = j.change();
      if (c.created().isBefore(from) || !c.created().isBefore(to)) {
        continue;
      }
      Region region = Region.of(c.ownerOffset());
      int[] count = counts.get(region);
      count[0]++;
      Instant waitedUntil;
      if (c.firstResponse().isPresent()) {
        waitedUntil = c.firstResponse().get().when();
        waits.get(region).add(Duration.between(c.created(), waitedUntil));
      } else {
        waitedUntil = c.closed().orElse(to);
      }
      if (Duration.between(c.created(), waitedUntil)
              .compareTo(thresholds.of(j.newcomerAtCreation()))
          > 0) {
        count[1]++;
      }
    }
    ImmutableList.Builder<RegionResponse> out = ImmutableList.builder();
    for (Region r : Region.values()) {
      out.add(
          new RegionResponse(
              r, ResponseTimes.of(counts.get(r)[0], waits.get(r)), counts.get(r)[1]));
    }
    return out.build();
  }

  private TimeZoneMetrics() {}
}
