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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.ExampleChange;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.FocusLearner;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedFocus;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnerSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The admin's queries and what the areas learned from their linked changes (the first half, whose
 * labels stand for its blueprint links), joined as {@code SignalEvaluator} joins them: a change
 * matches an area when its query does or when its nearest linked neighbours do ({@link
 * LearnedFocus}).
 */
public final class WordsAndLinksMode implements AccuracyMode {
  private final LearnerSettings settings;

  public WordsAndLinksMode() {
    this(LearnerSettings.DEFAULT);
  }

  public WordsAndLinksMode(LearnerSettings settings) {
    this.settings = requireNonNull(settings, "settings");
  }

  @Override
  public String name() {
    return "words and links";
  }

  @Override
  public Classifier prepare(
      ImmutableList<FocusAreaDefinition> areas, ImmutableList<LabelledChange> linked) {
    FocusMatcher matcher = WordsOnlyMode.matcher(areas);
    ImmutableList.Builder<ExampleChange> examples = ImmutableList.builder();
    for (int i = 0; i < linked.size(); i++) {
      examples.add(new ExampleChange(i + 1, linked.get(i).text(), linked.get(i).labels()));
    }
    LearnedFocus learned = new FocusLearner(settings).learn(examples.build());
    return change -> {
      Map<String, LearnedMatch> neighbours = new HashMap<>();
      learned.match(change.text(), OptionalInt.empty()).forEach(m -> neighbours.put(m.area(), m));
      ImmutableSet.Builder<String> out = ImmutableSet.builder();
      for (FocusMatch m : matcher.match(change.text())) {
        if (learned.queryMatchStands(
            m.area(), m.score(), Optional.ofNullable(neighbours.get(m.area())))) {
          out.add(m.area());
        }
      }
      neighbours.values().stream()
          .filter(learned::neighboursMatch)
          .map(LearnedMatch::area)
          .forEach(out::add);
      return out.build();
    };
  }

  /**
   * Chooses the learner's settings on the first half alone: its first quarter (by date) learns, its
   * second quarter is scored, over the neighbours (how many, how many terms, which vote) and the
   * join with the queries (which query score is strong, how much support a weaker one needs) at
   * once. Prints the best settings; {@link LearnerSettings#DEFAULT} holds them. Run this class's
   * main on the test class path (as tools/bench-accuracy runs AccuracyBenchmark).
   */
  public static void main(String[] args) throws Exception {
    AccuracyBenchmark bench = AccuracyBenchmark.standard();
    ImmutableList<FocusAreaDefinition> areas =
        AccuracyBenchmark.readAreas(AccuracyBenchmark.AREAS_FILE);
    ImmutableList<LabelledChange> first = bench.data().firstHalf();
    ImmutableList<LabelledChange> learnFrom = first.subList(0, first.size() / 2);
    ImmutableList<LabelledChange> scoreOn = first.subList(first.size() / 2, first.size());
    LearnerSettings best = null;
    double bestF1 = -1;
    // One joint search: the neighbours and the join with the queries depend on each other.
    for (int k : new int[] {5, 7, 10, 15}) {
      for (double vote : new double[] {0.4, 0.5, 0.6}) {
        for (int terms : new int[] {15, 30}) {
          for (int pct : new int[] {10, 25, 50}) {
            for (double strong : new double[] {0.7, 0.8, 0.9}) {
              for (double support : new double[] {0.1, 0.2, 0.3}) {
                LearnerSettings s = new LearnerSettings(k, vote, terms, pct, strong, support);
                double f1 =
                    AccuracyScore.of(
                            "tuning",
                            KiloData.AREAS,
                            new WordsAndLinksMode(s).prepare(areas, learnFrom),
                            scoreOn)
                        .microF1();
                if (f1 > bestF1 + 1e-9) {
                  bestF1 = f1;
                  best = s;
                }
              }
            }
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "best on the first half (learn from its first quarter, score its second): %s,"
            + " micro-F1 %.3f%n",
        best,
        bestF1);
    List<AccuracyScore> heldOut =
        List.of(
            bench.heldOut(new NaiveBaselineMode()),
            bench.heldOut(new WordsOnlyMode()),
            bench.heldOut(new WordsAndLinksMode(best)),
            bench.heldOut(new WordsAndLinksMode()));
    System.out.println(AccuracyBenchmark.report("Held-out half (last: defaults):", heldOut));
  }
}
