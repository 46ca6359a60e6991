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

package com.googlesource.gerrit.plugins.communityhealth.focus.learn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The "words and links" mode of the Kilo accuracy benchmark: the first half by date plays the
 * linked changes (its labels stand for the blueprint links its messages carried), the areas learn
 * from it, and the second half is scored with its labels hidden, beside the words alone and the
 * naive baseline for the same words. Settings are chosen on the first half only: its first quarter
 * learns, its second is scored.
 *
 * <p>Run: {@code mvn -ntp -Dexec.skip=true test-compile exec:java ...} is not wired; run {@code
 * WordsAndLinksAccuracyTest} or this class's {@link #main} from the test class path.
 */
final class WordsAndLinksAccuracy {
  /** Per-area counts and the micro average. */
  record Score(Map<String, int[]> counts) {
    static Score of(
        List<KiloData.Commit> scored,
        List<String> areas,
        Function<KiloData.Commit, ImmutableSet<String>> predict) {
      Map<String, int[]> counts = new LinkedHashMap<>();
      areas.forEach(a -> counts.put(a, new int[3]));
      for (KiloData.Commit c : scored) {
        ImmutableSet<String> predicted = predict.apply(c);
        for (String a : areas) {
          boolean p = predicted.contains(a);
          boolean t = c.labels().contains(a);
          int[] n = counts.get(a);
          if (p && t) {
            n[0]++;
          } else if (p) {
            n[1]++;
          } else if (t) {
            n[2]++;
          }
        }
      }
      return new Score(counts);
    }

    double microF1() {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int[] n : counts.values()) {
        tp += n[0];
        fp += n[1];
        fn += n[2];
      }
      return f1(tp, fp, fn);
    }

    static double f1(int tp, int fp, int fn) {
      return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    String report(String mode) {
      StringBuilder out =
          new StringBuilder(String.format("%-16s micro-F1 %.3f%n", mode, microF1()));
      counts.forEach(
          (a, n) -> {
            double p = n[0] + n[1] == 0 ? 0 : (double) n[0] / (n[0] + n[1]);
            double r = n[0] + n[2] == 0 ? 0 : (double) n[0] / (n[0] + n[2]);
            out.append(
                String.format(
                    "  %-10s P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d)%n",
                    a, p, r, f1(n[0], n[1], n[2]), n[0], n[1], n[2]));
          });
      return out.toString();
    }
  }

  static final ImmutableList<AreaWords> AREAS = AreaWords.KILO;

  private final FocusMatcher matcher;
  private final ImmutableList<String> areaNames;

  WordsAndLinksAccuracy(List<AreaWords> areas) {
    this.matcher =
        FocusMatcher.create(
            areas.stream()
                .map(a -> new FocusAreaDefinition(a.area(), "", a.query(), 1.0, Optional.empty()))
                .collect(ImmutableList.toImmutableList()),
            LocalDate.of(2015, 1, 1));
    this.areaNames = areas.stream().map(AreaWords::area).collect(ImmutableList.toImmutableList());
  }

  ImmutableList<String> areaNames() {
    return areaNames;
  }

  ImmutableSet<String> words(KiloData.Commit c) {
    return matcher.match(c.text()).stream()
        .map(FocusMatch::area)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The areas of {@code c}: its query's and its neighbours'. */
  ImmutableSet<String> wordsAndLinks(KiloData.Commit c, LearnedFocus learned) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    out.addAll(words(c));
    learned.match(c.text(), OptionalInt.of(c.number())).forEach(m -> out.add(m.area()));
    return out.build();
  }

  static LearnedFocus learn(List<KiloData.Commit> linked, LearnerSettings settings) {
    return new FocusLearner(settings)
        .learn(
            linked.stream()
                .map(c -> new ExampleChange(c.number(), c.text(), c.labels()))
                .collect(ImmutableList.toImmutableList()));
  }

  /** The second half's scores of each mode, with {@code settings}. */
  Map<String, Score> heldOut(List<KiloData.Commit> all, LearnerSettings settings) {
    List<KiloData.Commit> first = all.subList(0, all.size() / 2);
    List<KiloData.Commit> second = all.subList(all.size() / 2, all.size());
    LearnedFocus learned = learn(first, settings);
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put(
        "naive",
        Score.of(
            second,
            areaNames,
            c ->
                AREAS.stream()
                    .filter(a -> a.naiveMatch(c))
                    .map(AreaWords::area)
                    .collect(ImmutableSet.toImmutableSet())));
    scores.put("words", Score.of(second, areaNames, this::words));
    scores.put("words+links", Score.of(second, areaNames, c -> wordsAndLinks(c, learned)));
    return scores;
  }

  /** The settings that score best on the first half's second quarter, learning from its first. */
  LearnerSettings tune(List<KiloData.Commit> all) {
    List<KiloData.Commit> first = all.subList(0, all.size() / 2);
    List<KiloData.Commit> learnFrom = first.subList(0, first.size() / 2);
    List<KiloData.Commit> scoreOn = first.subList(first.size() / 2, first.size());
    LearnerSettings best = LearnerSettings.DEFAULT;
    double bestF1 = -1;
    for (int k : new int[] {3, 5, 7, 10, 15}) {
      for (double vote : new double[] {0.3, 0.4, 0.5, 0.6}) {
        for (int terms : new int[] {15, 30, 50}) {
          for (int pct : new int[] {10, 25, 50}) {
            LearnerSettings s = new LearnerSettings(k, vote, terms, pct);
            LearnedFocus learned = learn(learnFrom, s);
            double f1 = Score.of(scoreOn, areaNames, c -> wordsAndLinks(c, learned)).microF1();
            if (f1 > bestF1 + 1e-9) {
              bestF1 = f1;
              best = s;
            }
          }
        }
      }
    }
    System.out.printf("tuned on the first half: %s (micro-F1 %.3f)%n", best, bestF1);
    return best;
  }

  public static void main(String[] args) {
    ImmutableList<KiloData.Commit> all = KiloData.load();
    WordsAndLinksAccuracy acc = new WordsAndLinksAccuracy(AREAS);
    LearnerSettings tuned = acc.tune(all);
    for (LearnerSettings s : List.of(LearnerSettings.DEFAULT, tuned)) {
      System.out.println("held-out second half, " + s);
      acc.heldOut(all, s).forEach((mode, score) -> System.out.print(score.report(mode)));
    }
  }
}
