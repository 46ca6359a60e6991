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

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.newcomer.Thrown.assertThrows;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.Test;

public class MentorPickerTest {
  private static final int OWNER = 1000;
  private static final Optional<ZoneOffset> INDIA = Optional.of(ZoneOffset.ofHoursMinutes(5, 30));

  private final MentorPicker picker =
      new MentorPicker(Pattern.compile(ReviewPolicy.DEFAULT_AWAY_PATTERN));

  @Test
  public void prefersMentorWhoseWorkingDayOverlapsTheNewcomers() {
    Mentor california = mentor(1, "Carla", -8, 0);
    Mentor dubai = mentor(2, "Dubi", 4, 0);

    MentorChoice choice = picker.pick(ImmutableList.of(california, dubai), OWNER, INDIA, 1);

    assertThat(mentorsOf(choice)).containsExactly(dubai);
    PickedMentor picked = choice.chosen().get(0);
    assertThat(picked.overlap()).hasValue(Duration.ofMinutes(390));
    assertThat(picked.reason())
        .isEqualTo(
            "6 h 30 min working-hours overlap (UTC+04:00 and UTC+05:30), mentoring no open"
                + " changes");
    assertThat(choice.reason())
        .isEqualTo("picked Dubi by working-hours overlap with the owner (UTC+05:30), then load");
  }

  @Test
  public void picksTwoBestFirst() {
    Mentor california = mentor(1, "Carla", -8, 0);
    Mentor dubai = mentor(2, "Dubi", 4, 0);

    MentorChoice choice = picker.pick(ImmutableList.of(california, dubai), OWNER, INDIA, 2);

    assertThat(mentorsOf(choice)).containsExactly(dubai, california).inOrder();
    assertThat(choice.chosen().get(1).overlap()).hasValue(Duration.ZERO);
    assertThat(choice.chosen().get(1).reason())
        .isEqualTo("no working-hours overlap (UTC-08:00 and UTC+05:30), mentoring no open changes");
    assertThat(choice.displayNames()).containsExactly("Dubi", "Carla").inOrder();
  }

  @Test
  public void equalOverlapGoesToLowerLoad() {
    // Both are 90 minutes from UTC+05:30.
    Mentor busy = mentor(1, "Busy", 4, 0, 3);
    Mentor free = mentor(2, "Free", 7, 0, 1);

    MentorChoice choice = picker.pick(ImmutableList.of(busy, free), OWNER, INDIA, 1);

    assertThat(mentorsOf(choice)).containsExactly(free);
    assertThat(choice.chosen().get(0).reason()).endsWith("mentoring 1 open change");
  }

  @Test
  public void overlapOutranksLoad() {
    Mentor nearButBusy = mentor(1, "Near", 5, 30, 9);
    Mentor farAndFree = mentor(2, "Far", 4, 0, 0);

    assertThat(mentorsOf(picker.pick(ImmutableList.of(farAndFree, nearButBusy), OWNER, INDIA, 1)))
        .containsExactly(nearButBusy);
  }

  @Test
  public void fullTieGoesToConfiguredOrder() {
    Mentor first = mentor(7, "First", 4, 0, 2);
    Mentor second = mentor(3, "Second", 4, 0, 2);

    assertThat(mentorsOf(picker.pick(ImmutableList.of(first, second), OWNER, INDIA, 1)))
        .containsExactly(first);
    assertThat(mentorsOf(picker.pick(ImmutableList.of(second, first), OWNER, INDIA, 1)))
        .containsExactly(second);
  }

  @Test
  public void awayMentorIsSkipped() {
    Mentor awayButClose = away(mentor(1, "Away", 5, 30), "OOO until Monday");
    Mentor far = mentor(2, "Far", -8, 0);

    MentorChoice choice = picker.pick(ImmutableList.of(awayButClose, far), OWNER, INDIA, 2);

    assertThat(mentorsOf(choice)).containsExactly(far);
    assertThat(choice.skippedAsAway()).containsExactly(awayButClose);
    assertThat(choice.reason()).endsWith("; skipped as away: Away");
    assertThat(choice.reason()).doesNotContain("Monday");
  }

  @Test
  public void awayPatternIsFoundAnywhereInStatus() {
    Mentor vacation = away(mentor(1, "V", 5, 30), "Currently on vacation, back in May");
    Mentor helpful = away(mentor(2, "H", 5, 30), "Happy to help newcomers");

    MentorChoice choice = picker.pick(ImmutableList.of(vacation, helpful), OWNER, INDIA, 2);

    assertThat(mentorsOf(choice)).containsExactly(helpful);
    assertThat(choice.skippedAsAway()).containsExactly(vacation);
  }

  @Test
  public void allAwayGivesNobodyWithReason() {
    Mentor a = away(mentor(1, "A", 5, 30), "ooo");
    Mentor b = away(mentor(2, "B", 4, 0), "Out of office");

    MentorChoice choice = picker.pick(ImmutableList.of(a, b), OWNER, INDIA, 2);

    assertThat(choice.chosen()).isEmpty();
    assertThat(choice.skippedAsAway()).containsExactly(a, b).inOrder();
    assertThat(choice.reason()).isEqualTo("no mentor available: all 2 configured mentors are away");
  }

  @Test
  public void onlyMentorAwayGivesNobodyWithReason() {
    MentorChoice choice =
        picker.pick(ImmutableList.of(away(mentor(1, "A", 5, 30), "away")), OWNER, INDIA, 1);

    assertThat(choice.chosen()).isEmpty();
    assertThat(choice.reason())
        .isEqualTo("no mentor available: the only configured mentor is away");
  }

  @Test
  public void newcomerIsNeverTheirOwnMentor() {
    Mentor self = mentor(OWNER, "Me", 5, 30);
    Mentor other = mentor(2, "Other", -8, 0);

    MentorChoice choice = picker.pick(ImmutableList.of(self, other), OWNER, INDIA, 2);

    assertThat(mentorsOf(choice)).containsExactly(other);
  }

  @Test
  public void newcomerAsOnlyMentorGivesNobodyWithReason() {
    MentorChoice choice =
        picker.pick(ImmutableList.of(mentor(OWNER, "Me", 5, 30)), OWNER, INDIA, 1);

    assertThat(choice.chosen()).isEmpty();
    assertThat(choice.reason())
        .isEqualTo("no mentor available: the only configured mentor is the owner");
  }

  @Test
  public void newcomerAsMentorAndOthersAwayGivesNobodyWithReason() {
    MentorChoice choice =
        picker.pick(
            ImmutableList.of(mentor(OWNER, "Me", 5, 30), away(mentor(2, "B", 4, 0), "vacation")),
            OWNER,
            INDIA,
            1);

    assertThat(choice.reason())
        .isEqualTo("no mentor available: the owner is a mentor and the other one is away");
  }

  @Test
  public void noMentorsConfigured() {
    MentorChoice choice = picker.pick(ImmutableList.of(), OWNER, INDIA, 1);

    assertThat(choice.chosen()).isEmpty();
    assertThat(choice.skippedAsAway()).isEmpty();
    assertThat(choice.reason()).isEqualTo("no mentors configured");
  }

  @Test
  public void unknownNewcomerTimeZoneFallsBackToLoad() {
    Mentor busy = mentor(1, "Busy", 5, 30, 4);
    Mentor free = mentor(2, "Free", -8, 0, 0);

    MentorChoice choice = picker.pick(ImmutableList.of(busy, free), OWNER, Optional.empty(), 1);

    assertThat(mentorsOf(choice)).containsExactly(free);
    assertThat(choice.chosen().get(0).overlap()).isEmpty();
    assertThat(choice.chosen().get(0).reason())
        .isEqualTo("owner's time zone unknown, mentoring no open changes");
    assertThat(choice.reason()).isEqualTo("picked Free by load (the owner's time zone is unknown)");
  }

  @Test
  public void mentorWithUnknownTimeZoneRanksAfterOverlappingOne() {
    Mentor unknown = new Mentor(1, "Unknown", Optional.empty(), 0, Optional.empty());
    Mentor close = mentor(2, "Close", 4, 0, 5);

    MentorChoice choice = picker.pick(ImmutableList.of(unknown, close), OWNER, INDIA, 2);

    assertThat(mentorsOf(choice)).containsExactly(close, unknown).inOrder();
    assertThat(choice.chosen().get(1).reason()).startsWith("mentor's time zone unknown");
  }

  @Test
  public void utcIsWrittenPlainly() {
    Mentor london = mentor(1, "L", 0, 0);

    MentorChoice choice =
        picker.pick(ImmutableList.of(london), OWNER, Optional.of(ZoneOffset.ofHours(1)), 1);

    assertThat(choice.chosen().get(0).reason())
        .startsWith("7 h working-hours overlap (UTC and UTC+01:00)");
  }

  @Test
  public void duplicateMentorCountsOnce() {
    Mentor dubai = mentor(2, "Dubi", 4, 0);

    MentorChoice choice = picker.pick(ImmutableList.of(dubai, dubai), OWNER, INDIA, 2);

    assertThat(mentorsOf(choice)).containsExactly(dubai);
  }

  @Test
  public void picksOneOrTwo() {
    ImmutableList<Mentor> mentors = ImmutableList.of(mentor(2, "Dubi", 4, 0));

    assertThrows(IllegalArgumentException.class, () -> picker.pick(mentors, OWNER, INDIA, 0));
    assertThrows(IllegalArgumentException.class, () -> picker.pick(mentors, OWNER, INDIA, 3));
  }

  @Test
  public void durationsAreWrittenInHoursAndMinutes() {
    assertThat(MentorPicker.hoursAndMinutes(Duration.ofHours(8))).isEqualTo("8 h");
    assertThat(MentorPicker.hoursAndMinutes(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(MentorPicker.hoursAndMinutes(Duration.ofMinutes(135))).isEqualTo("2 h 15 min");
  }

  private static ImmutableList<Mentor> mentorsOf(MentorChoice choice) {
    return choice.chosen().stream()
        .map(PickedMentor::mentor)
        .collect(ImmutableList.toImmutableList());
  }

  private static Mentor mentor(int id, String name, int hours, int minutes) {
    return mentor(id, name, hours, minutes, 0);
  }

  private static Mentor mentor(int id, String name, int hours, int minutes, int load) {
    return new Mentor(
        id,
        name,
        Optional.of(ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes)),
        load,
        Optional.empty());
  }

  private static Mentor away(Mentor m, String status) {
    return new Mentor(m.accountId(), m.displayName(), m.utcOffset(), m.load(), Optional.of(status));
  }
}
