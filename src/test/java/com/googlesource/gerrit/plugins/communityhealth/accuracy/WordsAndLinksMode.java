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
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.ExampleChange;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.FocusLearner;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedFocus;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnerSettings;
import com.googlesource.gerrit.plugins.communityhealth.signals.FocusEvidence;
import com.googlesource.gerrit.plugins.communityhealth.signals.FocusSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The admin's queries and what the areas learned from their linked changes (the first half, whose
 * labels stand for its blueprint links), joined by the plugin's own {@link FocusEvidence}: a change
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
    ImmutableSet<String> active = ImmutableSet.copyOf(matcher.activeAreas());
    return change -> {
      // As SignalEvaluator does: one analysis pass for the queries and the neighbours. The
      // held-out changes carry no link (their blueprint lines are removed from the data).
      FocusMatcher.Matched<ImmutableList<LearnedMatch>> matched =
          matcher.match(change.text(), analysed -> learned.match(analysed, OptionalInt.empty()));
      return FocusEvidence.combine(
              areas,
              active,
              matched.matches(),
              ImmutableMap.of(),
              learned,
              matched.read().orElse(ImmutableList.of()))
          .stream()
          .map(FocusSignal::name)
          .collect(ImmutableSet.toImmutableSet());
    };
  }

  /**
   * Chooses the learner's settings on the first half alone, by its two rolling-origin folds ({@link
   * AccuracyBenchmark#rollingFolds}). The search covers the neighbours (how many, how many terms,
   * which vote) and the join with the queries (which query score is strong, how much support a
   * weaker one needs) at once, since they depend on each other. Prints the best settings; {@link
   * LearnerSettings#DEFAULT} holds them. Run this class's main on the test class path (as
   * tools/bench-accuracy runs AccuracyBenchmark); it takes a minute or two.
   */
  public static void main(String[] args) throws Exception {
    AccuracyBenchmark bench = AccuracyBenchmark.standard();
    List<LearnerSettings> candidates = new ArrayList<>();
    for (int k : new int[] {3, 5, 7, 10, 15}) {
      for (double vote : new double[] {0.3, 0.4, 0.5, 0.6, 0.8}) {
        for (int terms : new int[] {15, 30, 50}) {
          for (int pct : new int[] {10, 25, 50}) {
            for (double[] join :
                new double[][] {{0.7, 0.1}, {0.7, 0.2}, {0.9, 0.1}, {0.9, 0.2}, {0.9, 0.3}}) {
              if (join[1] <= vote) {
                candidates.add(new LearnerSettings(k, vote, terms, pct, join[0], join[1]));
              }
            }
          }
        }
      }
    }
    Map.Entry<LearnerSettings, Double> chosen =
        bench.bestByRollingFolds(candidates, WordsAndLinksMode::new);
    LearnerSettings best = chosen.getKey();
    System.out.printf(
        Locale.ROOT,
        "best on the first half (two rolling folds): %s, micro-F1 %.3f%n",
        best,
        chosen.getValue());
    List<AccuracyScore> heldOut =
        List.of(
            bench.heldOut(new NaiveBaselineMode()),
            bench.heldOut(new WordsOnlyMode()),
            bench.heldOut(new WordsAndLinksMode(best)),
            bench.heldOut(new WordsAndLinksMode()));
    System.out.println(AccuracyBenchmark.report("Held-out half (last: defaults):", heldOut));
  }
}
