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

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.tier.TestFeatures.feature;
import static com.googlesource.gerrit.plugins.communityhealth.tier.TestFeatures.withMaintainers;
import static org.junit.Assert.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.googlesource.gerrit.plugins.communityhealth.tier.ChangeActivity.Status;
import com.googlesource.gerrit.plugins.communityhealth.tier.MaintainerAction.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SupportMatrixTest {
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final FeatureDefinition LIBVIRT =
      feature("libvirt", Maturity.COMPLETE, Testing.CHECKED, "nova/virt/libvirt/**");
  private static final FeatureDefinition VMWARE =
      feature("vmware", Maturity.EXPERIMENTAL, Testing.IMPLEMENTED, "nova/virt/vmwareapi/**");

  private static Instant daysAgo(double days) {
    return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  private static ChangeActivity open(int number, Instant created) {
    return new ChangeActivity(
        number,
        Status.OPEN,
        created,
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of(),
        ImmutableMap.of());
  }

  private static ChangeActivity merged(int number, Instant created, Instant merged) {
    return new ChangeActivity(
        number,
        Status.MERGED,
        created,
        Optional.of(merged),
        Optional.empty(),
        ImmutableList.of(),
        ImmutableMap.of());
  }

  private static ChangeActivity reviewed(int number, Instant created, Instant firstReview) {
    return new ChangeActivity(
        number,
        Status.OPEN,
        created,
        Optional.empty(),
        Optional.of(firstReview),
        ImmutableList.of(),
        ImmutableMap.of());
  }

  private static ChangeActivity withActions(int number, MaintainerAction... actions) {
    return new ChangeActivity(
        number,
        Status.OPEN,
        daysAgo(400),
        Optional.empty(),
        Optional.empty(),
        ImmutableList.copyOf(actions),
        ImmutableMap.of());
  }

  private static ChangeActivity withCiVotes(int number, ImmutableMap<String, Instant> votes) {
    return new ChangeActivity(
        number,
        Status.OPEN,
        daysAgo(400),
        Optional.empty(),
        Optional.empty(),
        ImmutableList.of(),
        votes);
  }

  private static FeatureSupport row(FeatureDefinition feature, ChangeActivity... changes) {
    return SupportMatrix.DEFAULT.summarize(
        new FeatureActivity(feature, ImmutableList.copyOf(changes)), NOW);
  }

  @Test
  public void countsMergedAndOpenedWithinTheWindowAndEveryOpenChange() {
    FeatureSupport r =
        row(
            VMWARE,
            merged(1, daysAgo(20), daysAgo(10)),
            merged(2, daysAgo(120), daysAgo(100)), // merged before the window
            merged(3, daysAgo(95), daysAgo(90)), // merged exactly at the window's start
            open(4, daysAgo(200)), // open, created long ago
            open(5, daysAgo(1)));
    assertThat(r.mergedInWindow()).isEqualTo(2);
    assertThat(r.openedInWindow()).isEqualTo(2); // 1 and 5
    assertThat(r.openNow()).isEqualTo(2); // 4 and 5
  }

  @Test
  public void aChangeListedTwiceCountsOnce() {
    ChangeActivity c = merged(1, daysAgo(20), daysAgo(10));
    assertThat(row(VMWARE, c, c).mergedInWindow()).isEqualTo(1);
  }

  @Test
  public void medianTimeToFirstReviewOverChangesCreatedInTheWindowThatGotOne() {
    FeatureSupport odd =
        row(
            VMWARE,
            reviewed(1, daysAgo(10), daysAgo(9)), // 1 day
            reviewed(2, daysAgo(10), daysAgo(7)), // 3 days
            reviewed(3, daysAgo(10), daysAgo(8)), // 2 days
            reviewed(4, daysAgo(200), daysAgo(100)), // created before the window
            open(5, daysAgo(3))); // not reviewed yet
    assertThat(odd.medianTimeToFirstReview()).hasValue(Duration.ofDays(2));
    assertThat(odd.firstReviewSamples()).isEqualTo(3);

    FeatureSupport even =
        row(VMWARE, reviewed(1, daysAgo(10), daysAgo(9)), reviewed(2, daysAgo(10), daysAgo(6)));
    assertThat(even.medianTimeToFirstReview()).hasValue(Duration.ofDays(2).plusHours(12));

    assertThat(row(VMWARE, open(1, daysAgo(3))).medianTimeToFirstReview()).isEmpty();
  }

  @Test
  public void aReviewStampedBeforeItsChangeWaitedZero() {
    FeatureSupport r = row(VMWARE, reviewed(1, daysAgo(10), daysAgo(10.5)));
    assertThat(r.medianTimeToFirstReview()).hasValue(Duration.ZERO);
  }

  @Test
  public void lastMaintainerReviewAndMergeAreTheLatest() {
    MaintainerAction oldReview = new MaintainerAction("alice", daysAgo(30), Kind.REVIEW);
    MaintainerAction newReview = new MaintainerAction("bob", daysAgo(2), Kind.REVIEW);
    MaintainerAction merge = new MaintainerAction("alice", daysAgo(5), Kind.MERGE);
    FeatureSupport r = row(LIBVIRT, withActions(1, oldReview, merge), withActions(2, newReview));
    assertThat(r.lastMaintainerReview()).hasValue(newReview);
    assertThat(r.lastMaintainerMerge()).hasValue(merge);
    assertThat(r.maintenance()).isEqualTo(Maintenance.MAINTAINED);
    assertThat(r.unmaintained()).isFalse();
  }

  @Test
  public void noMaintainersIsUnmaintainedWhateverHappened() {
    FeatureSupport r =
        row(
            withMaintainers(LIBVIRT),
            withActions(1, new MaintainerAction("alice", daysAgo(1), Kind.REVIEW)));
    assertThat(r.maintenance()).isEqualTo(Maintenance.NO_MAINTAINERS);
    assertThat(r.unmaintained()).isTrue();
  }

  @Test
  public void maintainersWithoutRecentReviewOrMergeAreInactive() {
    FeatureSupport inactive =
        row(LIBVIRT, withActions(1, new MaintainerAction("alice", daysAgo(181), Kind.MERGE)));
    assertThat(inactive.maintenance()).isEqualTo(Maintenance.MAINTAINERS_INACTIVE);
    assertThat(inactive.unmaintained()).isTrue();
    assertThat(inactive.lastMaintainerMerge()).isPresent();

    assertThat(row(LIBVIRT).maintenance()).isEqualTo(Maintenance.MAINTAINERS_INACTIVE);

    FeatureSupport recentMerge =
        row(LIBVIRT, withActions(1, new MaintainerAction("alice", daysAgo(179), Kind.MERGE)));
    assertThat(recentMerge.maintenance()).isEqualTo(Maintenance.MAINTAINED);
  }

  @Test
  public void unmaintainedAfterIsConfigurable() {
    SupportMatrix strict = new SupportMatrix(Duration.ofDays(90), Duration.ofDays(7));
    FeatureSupport r =
        strict.summarize(
            new FeatureActivity(
                LIBVIRT,
                ImmutableList.of(
                    withActions(1, new MaintainerAction("alice", daysAgo(8), Kind.REVIEW)))),
            NOW);
    assertThat(r.unmaintained()).isTrue();
  }

  @Test
  public void aFeatureMayAllowItsMaintainersLongerOrShorterSilence() {
    FeatureDefinition patient = withUnmaintainedAfter(LIBVIRT, Duration.ofDays(365));
    FeatureDefinition strict = withUnmaintainedAfter(LIBVIRT, Duration.ofDays(7));
    ChangeActivity reviewedLongAgo =
        withActions(1, new MaintainerAction("alice", daysAgo(200), Kind.REVIEW));
    ChangeActivity reviewedLastWeek =
        withActions(1, new MaintainerAction("alice", daysAgo(8), Kind.REVIEW));

    assertThat(row(LIBVIRT, reviewedLongAgo).unmaintained()).isTrue();
    assertThat(row(patient, reviewedLongAgo).unmaintained()).isFalse();
    assertThat(row(LIBVIRT, reviewedLastWeek).unmaintained()).isFalse();
    assertThat(row(strict, reviewedLastWeek).unmaintained()).isTrue();
  }

  @Test
  public void lookbackCoversTheWindowAndTheLongestSilenceAllowed() {
    assertThat(SupportMatrix.DEFAULT.lookback(List.of())).isEqualTo(Duration.ofDays(90));
    assertThat(SupportMatrix.DEFAULT.lookback(List.of(LIBVIRT))).isEqualTo(Duration.ofDays(180));
    assertThat(
            SupportMatrix.DEFAULT.lookback(
                List.of(LIBVIRT, withUnmaintainedAfter(VMWARE, Duration.ofDays(400)))))
        .isEqualTo(Duration.ofDays(400));
    assertThat(
            new SupportMatrix(Duration.ofDays(30), Duration.ofDays(7)).lookback(List.of(LIBVIRT)))
        .isEqualTo(Duration.ofDays(30));
  }

  @Test
  public void ciVotedChangesCountTheChangesEachAccountVotedOnInTheWindow() {
    FeatureSupport r =
        row(
            LIBVIRT,
            withCiVotes(1, ImmutableMap.of("zuul", daysAgo(10), "vmware-ci", daysAgo(200))),
            withCiVotes(2, ImmutableMap.of("zuul", daysAgo(3))),
            withCiVotes(3, ImmutableMap.of("zuul", daysAgo(95))));
    assertThat(r.ciVotedChanges()).containsExactly("zuul", 2);
  }

  @Test
  public void ciVotesWithinTheWindowKeepTheLatestPerAccountSortedByName() {
    FeatureSupport r =
        row(
            LIBVIRT,
            withCiVotes(1, ImmutableMap.of("zuul", daysAgo(10), "vmware-ci", daysAgo(200))),
            withCiVotes(2, ImmutableMap.of("zuul", daysAgo(3), "libvirt-ci", daysAgo(50))));
    assertThat(r.ciVotes())
        .containsExactly("libvirt-ci", daysAgo(50), "zuul", daysAgo(3))
        .inOrder();
    assertThat(r.testingClaimUnbacked()).isFalse();
  }

  @Test
  public void aCiClaimWithoutCiVotesInTheWindowIsUnbacked() {
    assertThat(row(LIBVIRT, open(1, daysAgo(3))).testingClaimUnbacked()).isTrue();
    assertThat(row(LIBVIRT).testingClaimUnbacked()).isTrue();
    FeatureDefinition thirdParty =
        feature("zvm", Maturity.EXPERIMENTAL, Testing.REGULARLY_TESTED, "nova/virt/zvm/**");
    assertThat(
            row(thirdParty, withCiVotes(1, ImmutableMap.of("zvm-ci", daysAgo(91))))
                .testingClaimUnbacked())
        .isTrue();
    assertThat(
            row(thirdParty, withCiVotes(1, ImmutableMap.of("zvm-ci", daysAgo(89))))
                .testingClaimUnbacked())
        .isFalse();
  }

  @Test
  public void noCiClaimIsNeverUnbacked() {
    assertThat(row(VMWARE, open(1, daysAgo(3))).testingClaimUnbacked()).isFalse();
  }

  @Test
  public void rowsFollowTheInputOrder() {
    ImmutableList<FeatureSupport> rows =
        SupportMatrix.DEFAULT.summarize(
            List.of(
                new FeatureActivity(VMWARE, ImmutableList.of()),
                new FeatureActivity(LIBVIRT, ImmutableList.of())),
            NOW);
    assertThat(rows.stream().map(r -> r.feature().name()).toList())
        .containsExactly("vmware", "libvirt")
        .inOrder();
  }

  @Test
  public void medianOfDurations() {
    assertThat(SupportMatrix.median(List.of())).isEmpty();
    assertThat(SupportMatrix.median(durations(5))).hasValue(Duration.ofMinutes(5));
    assertThat(SupportMatrix.median(durations(9, 1, 5))).hasValue(Duration.ofMinutes(5));
    assertThat(SupportMatrix.median(durations(4, 1, 2, 3))).hasValue(Duration.ofSeconds(150));
  }

  @Test
  public void invalidInputIsRejected() {
    expectRejected(() -> new SupportMatrix(Duration.ZERO, Duration.ofDays(1)));
    expectRejected(() -> new SupportMatrix(Duration.ofDays(1), Duration.ofDays(-1)));
    expectRejected(
        () ->
            new ChangeActivity(
                1,
                Status.OPEN,
                NOW,
                Optional.of(NOW),
                Optional.empty(),
                ImmutableList.of(),
                ImmutableMap.of()));
    expectRejected(
        () ->
            new ChangeActivity(
                1,
                Status.MERGED,
                NOW,
                Optional.empty(),
                Optional.empty(),
                ImmutableList.of(),
                ImmutableMap.of()));
  }

  private static FeatureDefinition withUnmaintainedAfter(FeatureDefinition f, Duration d) {
    return new FeatureDefinition(
        f.name(),
        f.title(),
        f.paths(),
        f.maturity(),
        f.testing(),
        f.docs(),
        f.maintainers(),
        Optional.of(d));
  }

  private static List<Duration> durations(long... minutes) {
    return Arrays.stream(minutes).mapToObj(Duration::ofMinutes).toList();
  }

  private static void expectRejected(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException expected) {
      return;
    }
    fail("accepted");
  }
}
