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
import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each human reviewer did over a window, for the path from newcomer to core: how much they
 * review, how they vote, how fast they answer first, whether they review newcomers, how often their
 * vote matched the change's outcome, and where in the world they work.
 */
public final class ReviewerStats {
  /**
   * One reviewer's window.
   *
   * @param account the reviewer's account id
   * @param changesReviewed changes on which they commented or voted in the window (never their own)
   * @param votes their latest non-zero Code-Review vote on each of those changes, by value
   * @param firstResponse time to first response of the changes on which theirs was the first human
   *     response, given in the window
   * @param newcomerChanges reviewed changes whose owner was a newcomer when the change was created
   * @param decided reviewed changes they voted on that were merged or abandoned since
   * @param agreed of those, the ones where a positive vote was merged or a negative one abandoned
   * @param region from the UTC offset of the commits of their own latest change; unknown without
   *     one
   */
  public record Reviewer(
      int account,
      int changesReviewed,
      ImmutableSortedMap<Integer, Integer> votes,
      ResponseTimes firstResponse,
      int newcomerChanges,
      int decided,
      int agreed,
      Region region) {
    public Reviewer {
      requireNonNull(votes, "votes");
      requireNonNull(firstResponse, "firstResponse");
      requireNonNull(region, "region");
    }

    /** Share of decided votes that agreed with the outcome; empty when none was decided. */
    public Optional<Double> agreement() {
      return decided == 0
          ? Optional.empty()
          : Optional.of(Math.round(agreed * 1000.0 / decided) / 1000.0);
    }
  }

  /**
   * Every person who reviewed in [from, to), most changes reviewed first (then account id).
   *
   * @param changes the project's history; changes outside the window still tell reviewers' regions
   */
  public static ImmutableList<Reviewer> reviewers(
      List<JudgedChange> changes, Instant from, Instant to) {
    Map<Integer, Tally> tallies = new HashMap<>();
    Map<Integer, Instant> latestOwnChange = new HashMap<>();
    Map<Integer, ZoneOffset> offsets = new HashMap<>();
    for (JudgedChange j : changes) {
      ChangeDigest c = j.change();
      if (c.ownerOffset().isPresent()) {
        Instant known = latestOwnChange.get(c.owner());
        if (known == null || c.created().isAfter(known)) {
          latestOwnChange.put(c.owner(), c.created());
          offsets.put(c.owner(), c.ownerOffset().get());
        }
      }
      c.firstResponse()
          .filter(r -> inWindow(r.when(), from, to))
          .ifPresent(
              r ->
                  tally(tallies, r.reviewer())
                      .firstWaits
                      .add(Duration.between(c.created(), r.when())));
      c.reviewActions().stream()
          .filter(a -> inWindow(a.when(), from, to))
          .map(ChangeDigest.ReviewAction::reviewer)
          .distinct()
          .forEach(reviewer -> reviewed(tally(tallies, reviewer), reviewer, j));
    }
    return tallies.entrySet().stream()
        .map(
            e ->
                e.getValue()
                    .toReviewer(
                        e.getKey(), Region.of(Optional.ofNullable(offsets.get(e.getKey())))))
        .filter(r -> r.changesReviewed() > 0 || r.firstResponse().responded() > 0)
        .sorted(
            Comparator.comparingInt(Reviewer::changesReviewed)
                .reversed()
                .thenComparingInt(Reviewer::account))
        .collect(ImmutableList.toImmutableList());
  }

  private static void reviewed(Tally t, int reviewer, JudgedChange j) {
    ChangeDigest c = j.change();
    t.changes++;
    if (j.newcomerAtCreation()) {
      t.newcomer++;
    }
    Integer vote = c.codeReview().get(reviewer);
    if (vote == null || vote == 0) {
      return;
    }
    t.votes.merge(vote, 1, Integer::sum);
    if (c.outcome() == ChangeDigest.Outcome.OPEN) {
      return;
    }
    t.decided++;
    boolean merged = c.outcome() == ChangeDigest.Outcome.MERGED;
    if ((vote > 0) == merged) {
      t.agreed++;
    }
  }

  private static boolean inWindow(Instant when, Instant from, Instant to) {
    return !when.isBefore(from) && when.isBefore(to);
  }

  private static Tally tally(Map<Integer, Tally> tallies, int account) {
    return tallies.computeIfAbsent(account, k -> new Tally());
  }

  private static final class Tally {
    int changes;
    int newcomer;
    int decided;
    int agreed;
    final Map<Integer, Integer> votes = new TreeMap<>();
    final List<Duration> firstWaits = new ArrayList<>();

    Reviewer toReviewer(int account, Region region) {
      return new Reviewer(
          account,
          changes,
          ImmutableSortedMap.copyOf(votes),
          ResponseTimes.of(firstWaits.size(), firstWaits),
          newcomer,
          decided,
          agreed,
          region);
    }
  }

  private ReviewerStats() {}
}
