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

package com.googlesource.gerrit.plugins.communityhealth.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.BoundedPatchSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAnalyzer;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.MemoryIndexPool;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetIndexer;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.ExampleChange;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.FocusLearner;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedFocus;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnerSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * Focus matching with learned evidence against the spec's target ({@link FocusMatchingBenchmark}'s
 * 50 areas, each now with a link, and what they learned from 2,000 recent changes): at least 20,000
 * patch sets per second per core and at most 3 times one analysis pass; and learning from 2,000
 * changes, bounded in time and memory.
 *
 * <ul>
 *   <li>{@code matchWithLearned}: the query matcher and the learned neighbours for one patch set,
 *       as {@code SignalEvaluator} runs them (one analysis pass for both);
 *   <li>{@code learnedOnly}: the learned neighbours alone, on the patch set analysed beforehand;
 *   <li>{@code analyseOnce}: the analysis pass alone (as in {@link FocusMatchingBenchmark});
 *   <li>{@code learn2000}: learning from 2,000 changes (time per run).
 * </ul>
 *
 * <p>Run like {@link FocusMatchingBenchmark}, with this class's name; its main also prints the
 * ratio and the learned index's memory. {@code --cpu-time} instead measures the per-patch-set
 * operations in the thread's CPU time, for a machine shared with other builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LearnedFocusBenchmark {
  static final int RECENT_CHANGES = 2_000;
  static final int LINKED_PER_AREA = 8;

  private FocusMatcher matcher;
  private LearnedFocus learned;
  private List<ExampleChange> recent;
  private PatchSetIndexer indexer;
  private MemoryIndexPool pool;

  /** The patch set as the matcher's analysis pass leaves it, for the neighbours alone. */
  private LeafReader analysed;

  @Setup
  public void setUp() {
    ImmutableList.Builder<FocusAreaDefinition> areas = ImmutableList.builder();
    for (int i = 0; i < FocusMatchingBenchmark.QUERIES.size(); i++) {
      areas.add(
          new FocusAreaDefinition(
              "area-" + i,
              "",
              FocusMatchingBenchmark.QUERIES.get(i),
              1,
              Optional.empty(),
              Optional.of("topic:bp/area-" + i),
              Duration.ofDays(180)));
    }
    matcher = FocusMatcher.create(areas.build(), LocalDate.of(2026, 6, 1));
    recent = recentChanges(FocusMatchingBenchmark.QUERIES.size());
    learned = new FocusLearner(LearnerSettings.DEFAULT).learn(recent);
    if (learned.linkedCounts().size() != 50) {
      throw new IllegalStateException("every area needs linked changes");
    }
    indexer = new PatchSetIndexer(new FocusAnalyzer());
    pool = new MemoryIndexPool(1);
    MemoryIndex index = new MemoryIndex();
    indexer.index(FocusMatchingBenchmark.PATCH_SET, index);
    analysed = index.createSearcher().getIndexReader().leaves().get(0).reader();
  }

  @Benchmark
  public FocusMatcher.Matched<ImmutableList<LearnedMatch>> matchWithLearned() {
    return matcher.match(
        FocusMatchingBenchmark.PATCH_SET, analysed -> learned.match(analysed, OptionalInt.empty()));
  }

  @Benchmark
  public ImmutableList<LearnedMatch> learnedOnly() {
    return learned.match(analysed, OptionalInt.empty());
  }

  @Benchmark
  public BoundedPatchSet analyseOnce() {
    MemoryIndex index = pool.borrow();
    try {
      return indexer.index(FocusMatchingBenchmark.PATCH_SET, index);
    } finally {
      pool.release(index);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LearnedFocus learn2000() {
    return new FocusLearner(LearnerSettings.DEFAULT).learn(recent);
  }

  /**
   * 2,000 Nova-like recent changes: a dozen common words and files each, and for every area {@value
   * #LINKED_PER_AREA} linked changes that share the area's own words and directory.
   */
  static List<ExampleChange> recentChanges(int areas) {
    Random random = new Random(42);
    // Common words, and the words of the benchmark's patch set, so that its similarity query has
    // as many terms as a real one (MoreLikeThis keeps at most 30).
    String[] common = {
      "fix",
      "add",
      "test",
      "compute",
      "instance",
      "api",
      "use",
      "remove",
      "update",
      "config",
      "driver",
      "volume",
      "network",
      "server",
      "host",
      "error",
      "handle",
      "check",
      "move",
      "log",
      "online",
      "data",
      "migration",
      "flavor",
      "column",
      "upgraded",
      "extra",
      "table",
      "copies",
      "rolling",
      "upgrades",
      "release",
      "manage",
      "db",
      "operators",
      "batches",
      "rpc",
      "older",
      "computes",
      "legacy",
      "payload",
      "unchanged",
      "previous",
      "step",
      "working",
      "read"
    };
    List<ExampleChange> out = new ArrayList<>(RECENT_CHANGES);
    for (int n = 0; n < RECENT_CHANGES; n++) {
      int area = n < areas * LINKED_PER_AREA ? n / LINKED_PER_AREA : -1;
      StringBuilder message = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        message.append(
            random.nextInt(3) == 0
                ? common[random.nextInt(common.length)]
                : "word" + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 5000));
        message.append(w % 12 == 11 ? ".\n" : " ");
      }
      List<String> paths = new ArrayList<>();
      for (int f = 0; f < 6; f++) {
        paths.add("nova/dir" + random.nextInt(60) + "/file" + random.nextInt(40) + ".py");
      }
      if (random.nextInt(10) == 0) {
        paths.add(FocusMatchingBenchmark.PATCH_SET.paths().get(1 + random.nextInt(7)));
      }
      if (area >= 0) {
        for (int w = 0; w < 5; w++) {
          message.append(" areaword").append(area).append('x').append(random.nextInt(6));
        }
        paths.add("nova/area" + area + "/module" + random.nextInt(4) + ".py");
      }
      String text = message.toString();
      out.add(
          new ExampleChange(
              n + 1,
              new PatchSetText(
                  text.substring(0, text.indexOf('.')),
                  text,
                  ImmutableList.copyOf(paths),
                  area >= 0 ? Optional.of("bp/area-" + area) : Optional.empty(),
                  ImmutableList.of()),
              area >= 0 ? ImmutableSet.of("area-" + area) : ImmutableSet.of()));
    }
    return out;
  }

  /**
   * The three per-patch-set operations in the thread's CPU time ({@link CpuTimeRounds}): five
   * rounds of 2,000 calls after three of warm-up.
   */
  private static void cpuTime(LearnedFocusBenchmark b) {
    Map<String, Supplier<?>> ops = new LinkedHashMap<>();
    ops.put("analyseOnce", b::analyseOnce);
    ops.put("learnedOnly", b::learnedOnly);
    ops.put("matchWithLearned", b::matchWithLearned);
    int round = 1;
    for (Map<String, Double> perSecond : CpuTimeRounds.measure(ops, 2_000, 3, 5)) {
      StringBuilder line = new StringBuilder("round " + round++ + ":");
      perSecond.forEach((op, rate) -> line.append(String.format(" %s %.0f/s", op, rate)));
      line.append(
          String.format(
              "; learned alone %.1fx, match with learned %.1fx one analysis pass",
              perSecond.get("analyseOnce") / perSecond.get("learnedOnly"),
              perSecond.get("analyseOnce") / perSecond.get("matchWithLearned")));
      System.out.println(line);
    }
  }

  /** Runs the benchmarks with JMH's options; prints the ratio and the learned index's memory. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    LearnedFocusBenchmark b = new LearnedFocusBenchmark();
    b.setUp();
    if (args.length == 1 && args[0].equals("--cpu-time")) {
      cpuTime(b);
      return;
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    LearnedFocus kept = new FocusLearner(LearnerSettings.DEFAULT).learn(b.recent);
    System.gc();
    long retained = rt.totalMemory() - rt.freeMemory() - before;
    System.out.printf(
        "learned from %d changes: index %.1f MiB, heap retained about %.1f MiB%n",
        kept.changes(), kept.indexBytes() / (1024.0 * 1024.0), retained / (1024.0 * 1024.0));
    Map<String, Double> scores = JmhScores.run(LearnedFocusBenchmark.class, args);
    Double match = scores.get("matchWithLearned");
    Double analyse = scores.get("analyseOnce");
    if (match != null && analyse != null) {
      System.out.printf(
          "%nfocus matching with learned evidence, 50 areas: %.0f patch sets/s per core"
              + " (target >= 20000); %.2fx one analysis pass (target <= 3)%n",
          match, analyse / match);
    }
  }
}
