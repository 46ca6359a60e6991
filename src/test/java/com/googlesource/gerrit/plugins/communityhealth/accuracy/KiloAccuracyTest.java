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
package com.googlesource.gerrit.plugins.communityhealth.accuracy;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.gerrit.testing.GerritJUnit.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Guards the figures of {@link AccuracyBenchmark} on the held-out half of the Kilo data with fixed
 * floors just under today's results (deterministic: no timing, no randomness). A change that makes
 * focus matching worse on real traffic fails here; one that makes it better should raise the
 * floors. Figures and command: performance.md, "Accuracy on real review traffic".
 */
public class KiloAccuracyTest {
  /** Area to the floors of precision, recall and F1 of the words-only mode. */
  private static final ImmutableMap<String, double[]> WORDS_ONLY_FLOORS =
      ImmutableMap.of(
          "objects", new double[] {0.72, 0.80, 0.76},
          "api-v2.1", new double[] {0.91, 0.78, 0.84},
          "scheduler", new double[] {0.70, 0.95, 0.81},
          "nfv", new double[] {0.83, 0.71, 0.76});

  private static final double WORDS_ONLY_MICRO_F1_FLOOR = 0.81;
  private static final double BASELINE_MICRO_F1 = 0.818;

  private static AccuracyBenchmark bench;
  private static AccuracyScore wordsOnly;
  private static AccuracyScore baseline;

  @BeforeClass
  public static void run() throws IOException {
    bench = AccuracyBenchmark.standard();
    wordsOnly = bench.heldOut(new WordsOnlyMode());
    baseline = bench.heldOut(new NaiveBaselineMode());
    System.out.println(AccuracyBenchmark.report("Held-out half:", List.of(baseline, wordsOnly)));
  }

  @Test
  public void theDataIsSplitByDateInTwoHalves() {
    assertThat(bench.data().firstHalf().size() + bench.data().heldOut().size()).isEqualTo(447);
    assertThat(bench.data().firstHalf().getLast().date())
        .isAtMost(bench.data().heldOut().getFirst().date());
  }

  @Test
  public void wordsOnlyKeepsItsFigures() {
    WORDS_ONLY_FLOORS.forEach(
        (area, floors) -> {
          AccuracyScore.Counts c = wordsOnly.perArea().get(area);
          assertWithMessage("%s precision", area).that(c.precision()).isAtLeast(floors[0]);
          assertWithMessage("%s recall", area).that(c.recall()).isAtLeast(floors[1]);
          assertWithMessage("%s F1", area).that(c.f1()).isAtLeast(floors[2]);
        });
    assertWithMessage("micro-F1").that(wordsOnly.microF1()).isAtLeast(WORDS_ONLY_MICRO_F1_FLOOR);
  }

  @Test
  public void missingDataFailsSayingWhereItLooked() {
    IOException e =
        assertThrows(IOException.class, () -> KiloData.load(Path.of("no-such-dir", KiloData.FILE)));
    assertThat(e).hasMessageThat().contains("the labelled data is missing");
    assertThat(e).hasMessageThat().contains("../shared/data/nova-kilo-focus.jsonl");
  }

  @Test
  public void theBaselineReadsTheQueriesWordsAndPaths() {
    NaiveBaselineMode.Clues c =
        NaiveBaselineMode.clues("upgrade OR \"Online Migration\" OR path:nova/db/** OR topic:x");
    assertThat(c.words()).containsExactly("upgrade", "online migration", "x");
    assertThat(c.pathPrefixes()).containsExactly("nova/db/");
  }

  @Test
  public void theBaselineIsWhatItWas() {
    // The yardstick itself: if it moves, the queries file or the data changed.
    assertThat(baseline.microF1()).isWithin(0.0005).of(BASELINE_MICRO_F1);
  }
}
