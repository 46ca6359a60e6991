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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks mentors for a newcomer: those whose working day overlaps the newcomer's most (see {@link
 * WorkingHours}), then those mentoring the fewest open changes, then the configured order, so that
 * the same inputs always give the same mentors. Mentors whose account status matches the away
 * pattern are skipped, and the newcomer is never their own mentor.
 *
 * <p>A mentor or newcomer without a known UTC offset ranks as if the overlap were zero: there is no
 * evidence of a shared working day, and load still spreads the work among such mentors.
 */
public final class MentorPicker {
  /** More than two mentors on one change is noise for the newcomer and the mentors. */
  public static final int MAX_PICK = 2;

  private final WorkingHours workingHours;
  private final Pattern awayPattern;

  /** Uses {@link WorkingHours#DEFAULT}. */
  public MentorPicker(Pattern awayPattern) {
    this(WorkingHours.DEFAULT, awayPattern);
  }

  public MentorPicker(WorkingHours workingHours, Pattern awayPattern) {
    this.workingHours = requireNonNull(workingHours, "workingHours");
    this.awayPattern = requireNonNull(awayPattern, "awayPattern");
  }

  /**
   * @param mentors the configured mentors, in configured order; duplicates (same account id) count
   *     once
   * @param ownerAccountId the newcomer's account id
   * @param ownerOffset the newcomer's UTC offset, from their commit author identity
   * @param howMany how many to pick: 1 or {@link #MAX_PICK}
   */
  public MentorChoice pick(
      List<Mentor> mentors, int ownerAccountId, Optional<ZoneOffset> ownerOffset, int howMany) {
    requireNonNull(mentors, "mentors");
    requireNonNull(ownerOffset, "ownerOffset");
    checkArgument(
        howMany >= 1 && howMany <= MAX_PICK, "howMany must be 1 to %s: %s", MAX_PICK, howMany);

    Set<Integer> seen = new HashSet<>();
    List<Candidate> candidates = new ArrayList<>();
    ImmutableList.Builder<Mentor> away = ImmutableList.builder();
    boolean ownerIsMentor = false;
    for (Mentor m : mentors) {
      if (!seen.add(m.accountId())) {
        continue;
      }
      if (m.accountId() == ownerAccountId) {
        ownerIsMentor = true;
      } else if (isAway(m)) {
        away.add(m);
      } else {
        Optional<Duration> overlap =
            ownerOffset.isPresent() && m.utcOffset().isPresent()
                ? Optional.of(workingHours.overlap(m.utcOffset().get(), ownerOffset.get()))
                : Optional.empty();
        candidates.add(new Candidate(m, overlap, candidates.size()));
      }
    }
    candidates.sort(
        Comparator.comparing((Candidate c) -> c.overlap().orElse(Duration.ZERO))
            .reversed()
            .thenComparingInt(c -> c.mentor().load())
            .thenComparingInt(Candidate::order));

    ImmutableList<PickedMentor> chosen =
        candidates.stream()
            .limit(howMany)
            .map(c -> new PickedMentor(c.mentor(), c.overlap(), reason(c, ownerOffset)))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Mentor> skipped = away.build();
    return new MentorChoice(
        chosen, skipped, summary(chosen, skipped, seen.size(), ownerIsMentor, ownerOffset));
  }

  private boolean isAway(Mentor m) {
    return m.status().isPresent() && awayPattern.matcher(m.status().get()).find();
  }

  private static String reason(Candidate c, Optional<ZoneOffset> ownerOffset) {
    String zones;
    if (ownerOffset.isEmpty()) {
      zones = "owner's time zone unknown";
    } else if (c.mentor().utcOffset().isEmpty()) {
      zones = "mentor's time zone unknown";
    } else {
      Duration overlap = c.overlap().orElse(Duration.ZERO);
      zones =
          (overlap.isZero() ? "no" : hoursAndMinutes(overlap))
              + " working-hours overlap ("
              + utc(c.mentor().utcOffset().get())
              + " and "
              + utc(ownerOffset.get())
              + ")";
    }
    int load = c.mentor().load();
    return zones
        + ", mentoring "
        + (load == 0 ? "no" : String.valueOf(load))
        + (load == 1 ? " open change" : " open changes");
  }

  private static String summary(
      ImmutableList<PickedMentor> chosen,
      ImmutableList<Mentor> away,
      int configured,
      boolean ownerIsMentor,
      Optional<ZoneOffset> ownerOffset) {
    if (configured == 0) {
      return "no mentors configured";
    }
    if (chosen.isEmpty()) {
      if (away.isEmpty()) {
        return "no mentor available: the only configured mentor is the owner";
      }
      String awayPart =
          away.size() == 1
              ? (ownerIsMentor ? "the other one is away" : "the only configured mentor is away")
              : (ownerIsMentor ? "the other " : "all ")
                  + away.size()
                  + (ownerIsMentor ? " are away" : " configured mentors are away");
      return "no mentor available: "
          + (ownerIsMentor ? "the owner is a mentor and " : "")
          + awayPart;
    }
    StringBuilder b =
        new StringBuilder("picked ")
            .append(String.join(", ", chosen.stream().map(p -> p.mentor().displayName()).toList()));
    if (ownerOffset.isPresent()) {
      b.append(" by working-hours overlap with the owner (")
          .append(utc(ownerOffset.get()))
          .append("), then load");
    } else {
      b.append(" by load (the owner's time zone is unknown)");
    }
    if (!away.isEmpty()) {
      b.append("; skipped as away: ")
          .append(String.join(", ", away.stream().map(Mentor::displayName).toList()));
    }
    return b.toString();
  }

  static String utc(ZoneOffset offset) {
    return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
  }

  static String hoursAndMinutes(Duration d) {
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    if (minutes == 0) {
      return hours + " h";
    }
    return hours == 0 ? minutes + " min" : hours + " h " + minutes + " min";
  }

  private record Candidate(Mentor mentor, Optional<Duration> overlap, int order) {}
}
