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

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.config.ParsedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyParser;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyText;
import com.googlesource.gerrit.plugins.communityhealth.config.ReferenceChecker;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jgit.errors.ConfigInvalidException;

/**
 * The focus-area accuracy benchmark on real review traffic: replays the labelled Kilo data through
 * each {@link AccuracyMode} and prints per-area precision, recall and F1 and the micro-F1, on the
 * first half (tuning) and on the held-out second half (reported). The areas are read from {@link
 * #AREAS_FILE}, a {@code community-health.config} written once from the Kilo release priorities,
 * through the plugin's own config parser.
 *
 * <p>Run it with {@code tools/bench-accuracy}. To add a mode, implement {@link AccuracyMode} and
 * list it in {@link #modes()}.
 */
public final class AccuracyBenchmark {
  /** The focus areas, relative to the project directory. */
  public static final Path AREAS_FILE = Path.of("tools/accuracy/kilo-focus-areas.config");

  private final ImmutableList<FocusAreaDefinition> areas;
  private final KiloData data;

  public AccuracyBenchmark(ImmutableList<FocusAreaDefinition> areas, KiloData data) {
    this.areas = areas;
    this.data = data;
  }

  /** The benchmark over the project's areas file and the default data file. */
  public static AccuracyBenchmark standard() throws IOException {
    return new AccuracyBenchmark(readAreas(AREAS_FILE), KiloData.load(KiloData.defaultFile()));
  }

  /** The modes measured, baseline first. */
  public static ImmutableList<AccuracyMode> modes() {
    return ImmutableList.of(new NaiveBaselineMode(), new WordsOnlyMode(), new WordsAndLinksMode());
  }

  /** The focus areas of a {@code community-health.config}, parsed as Gerrit parses them. */
  public static ImmutableList<FocusAreaDefinition> readAreas(Path file) throws IOException {
    try {
      ParsedPolicy parsed =
          PolicyParser.parse(
              PolicyText.parse(Files.readString(file, UTF_8)), ReferenceChecker.ACCEPT_ALL);
      if (!parsed.problems().isEmpty()) {
        throw new IOException(file + " has problems: " + parsed.problems());
      }
      return parsed.policy().focusAreas();
    } catch (ConfigInvalidException e) {
      throw new IOException(file + " does not parse: " + e.getMessage(), e);
    }
  }

  public KiloData data() {
    return data;
  }

  /** Scores {@code mode} on the held-out half, prepared with the first half. */
  public AccuracyScore heldOut(AccuracyMode mode) {
    return AccuracyScore.of(
        mode.name(), KiloData.AREAS, mode.prepare(areas, data.firstHalf()), data.heldOut());
  }

  /** Scores {@code mode} on the first half, the one to tune on. */
  public AccuracyScore tuning(AccuracyMode mode) {
    return AccuracyScore.of(
        mode.name(), KiloData.AREAS, mode.prepare(areas, data.firstHalf()), data.firstHalf());
  }

  /**
   * Scores {@code mode} by the first half's two rolling-origin folds, the counts of both summed:
   * prepared with the first half's first half, it scores its third quarter; prepared with its first
   * three quarters, its last quarter. Each fold learns only from changes older than those it
   * scores, as the plugin does; two folds of about 56 changes each rank settings far less by chance
   * than one. Settings are chosen by this figure alone.
   */
  public AccuracyScore.Counts rollingFolds(AccuracyMode mode) {
    ImmutableList<LabelledChange> first = data.firstHalf();
    int n = first.size();
    AccuracyScore.Counts total = new AccuracyScore.Counts(0, 0, 0);
    for (int[] fold : new int[][] {{n / 2, 3 * n / 4}, {3 * n / 4, n}}) {
      total =
          total.plus(
              AccuracyScore.of(
                      mode.name(),
                      KiloData.AREAS,
                      mode.prepare(areas, first.subList(0, fold[0])),
                      first.subList(fold[0], fold[1]))
                  .total());
    }
    return total;
  }

  /**
   * Of {@code candidates}, the one whose mode scores best by {@link #rollingFolds} (the first of
   * equals), with its micro-F1.
   */
  public <S> Map.Entry<S, Double> bestByRollingFolds(
      List<S> candidates, Function<S, AccuracyMode> mode) {
    S best = null;
    double bestF1 = -1;
    for (S candidate : candidates) {
      double f1 = rollingFolds(mode.apply(candidate)).f1();
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = candidate;
      }
    }
    return Map.entry(requireNonNull(best, "no candidates"), bestF1);
  }

  /** A table of the scores, one row per area and mode, then micro-F1. */
  public static String report(String title, List<AccuracyScore> scores) {
    StringBuilder b = new StringBuilder();
    b.append(title).append('\n');
    b.append(
        String.format(
            Locale.ROOT,
            "%-10s %-16s %9s %9s %9s %5s %5s %5s%n",
            "area",
            "mode",
            "precision",
            "recall",
            "F1",
            "tp",
            "fp",
            "fn"));
    for (String area : KiloData.AREAS) {
      for (AccuracyScore s : scores) {
        AccuracyScore.Counts c = s.perArea().get(area);
        b.append(
            String.format(
                Locale.ROOT,
                "%-10s %-16s %9.3f %9.3f %9.3f %5d %5d %5d%n",
                area,
                s.mode(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp(),
                c.fp(),
                c.fn()));
      }
    }
    for (AccuracyScore s : scores) {
      b.append(
          String.format(Locale.ROOT, "%-10s %-16s %29.3f%n", "micro-F1", s.mode(), s.microF1()));
    }
    return b.toString();
  }

  public static void main(String[] args) throws IOException {
    AccuracyBenchmark bench = standard();
    List<AccuracyScore> tuning = new ArrayList<>();
    List<AccuracyScore> heldOut = new ArrayList<>();
    for (AccuracyMode mode : modes()) {
      tuning.add(bench.tuning(mode));
      heldOut.add(bench.heldOut(mode));
    }
    System.out.printf(
        Locale.ROOT,
        "Kilo focus accuracy: %d changes, first half %d (tuning), held-out half %d%n%n",
        bench.data.firstHalf().size() + bench.data.heldOut().size(),
        bench.data.firstHalf().size(),
        bench.data.heldOut().size());
    System.out.println(report("First half (tuning):", tuning));
    System.out.println(report("Held-out second half (reported):", heldOut));
  }
}
