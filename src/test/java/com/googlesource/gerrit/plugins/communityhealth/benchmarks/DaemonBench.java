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

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The client side of {@code tools/bench}: measures the plugin on a real Gerrit daemon that the
 * script started, runs the JMH benchmarks, and prints the table of figures against the spec's
 * performance targets. Not a test: Surefire skips {@code benchmarks/}, and this class has a main.
 *
 * <ul>
 *   <li>{@code daemon}: creates the data once (projects {@code bench/push} and {@code bench/sweep}
 *       with a {@code community-health.config}, and the sweep's open changes, pushed as chains),
 *       then times pushes and {@code GET /changes/?q=status:open&n=500} in interleaved rounds with
 *       the plugin enabled and disabled (Gerrit's plugin admin REST API), and {@code POST
 *       /config/server/community-health~sweep} warm and after a plugin reload;
 *   <li>{@code jmh}: focus and path matching with JMH, in a forked JVM;
 *   <li>{@code report}: the table, from the results file the other modes wrote.
 * </ul>
 *
 * <p>Options are {@code --name=value}; see {@code tools/bench --help}.
 */
public final class DaemonBench {
  static final String PLUGIN = "community-health";
  static final String PUSH_PROJECT = "bench/push";
  static final String SWEEP_PROJECT = "bench/sweep";
  static final int FEATURES = 10;
  static final int OWNERS = 10;

  private final Map<String, String> options;
  private final Path resultsFile;
  private final Properties results = new Properties();

  private DaemonBench(Map<String, String> options) throws IOException {
    this.options = options;
    this.resultsFile = Paths.get(option("results", "target/bench/results.properties"));
    if (Files.exists(resultsFile)) {
      try (InputStream in = Files.newInputStream(resultsFile)) {
        results.load(in);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: DaemonBench daemon|jmh|report [--name=value]...");
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || !a.contains("=")) {
        throw new IllegalArgumentException("options are --name=value, not " + a);
      }
      options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    DaemonBench bench = new DaemonBench(options);
    switch (args[0]) {
      case "daemon" -> bench.daemon();
      case "jmh" -> bench.jmh();
      case "report" -> bench.report();
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private String option(String name, String dflt) {
    return options.getOrDefault(name, dflt);
  }

  private int intOption(String name, int dflt) {
    return Integer.parseInt(option(name, Integer.toString(dflt)));
  }

  private void put(String key, Object value) throws IOException {
    results.setProperty(key, String.valueOf(value));
    Files.createDirectories(resultsFile.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(resultsFile)) {
      results.store(out, "tools/bench");
    }
  }

  private static void log(String format, Object... args) {
    System.out.printf("[bench] " + format + "%n", args);
    System.out.flush();
  }

  // ------------------------------------------------------------------ daemon ---

  private Gerrit gerrit;

  private void daemon() throws Exception {
    gerrit = new Gerrit(option("url", "http://127.0.0.1:18789"), "admin", "secret");
    int sweepChanges = intOption("sweep-changes", 10_000);
    int rounds = intOption("rounds", 10);
    int pushesPerRound = intOption("pushes-per-round", 20);
    int queriesPerRound = intOption("queries-per-round", 5);
    int warmup = intOption("warmup", 20);

    List<String> only = List.of(option("only", "push,query,sweep,preview").split(","));

    gerrit.enablePlugin();
    setUp(sweepChanges);
    gerrit.awaitPluginQueueIdle(Duration.ofMinutes(60));

    if (only.contains("push")) {
      pushBench(rounds, pushesPerRound, warmup);
      gerrit.enablePlugin();
      abandonOpen(PUSH_PROJECT);
      gerrit.awaitPluginQueueIdle(Duration.ofMinutes(10));
    }
    if (only.contains("query")) {
      queryBench(rounds, queriesPerRound, warmup);
      gerrit.enablePlugin();
      gerrit.awaitPluginQueueIdle(Duration.ofMinutes(10));
    }
    if (only.contains("sweep")) {
      sweepBench(intOption("sweeps", 3));
    }
    if (only.contains("preview")) {
      previewBench(intOption("previews", 3));
    }
    if (only.contains("dashboard")) {
      dashboardBench(intOption("dashboard-requests", 5));
    }
  }

  /** Accounts, projects, configuration and the sweep's open changes; skips what exists. */
  private void setUp(int sweepChanges) throws Exception {
    for (int o = 0; o < OWNERS; o++) {
      gerrit.ensureAccount("benchowner" + o, "Bench Owner " + o, "benchowner" + o + "@example.com");
    }
    for (String project : List.of(PUSH_PROJECT, SWEEP_PROJECT)) {
      gerrit.ensureProject(project);
      gerrit.ensureConfig(project, "community-health.config", policy());
    }
    int open = gerrit.countOpen(SWEEP_PROJECT, sweepChanges);
    int chain = intOption("chain", 250);
    long start = System.nanoTime();
    int created = 0;
    while (open < sweepChanges) {
      int n = Math.min(chain, sweepChanges - open);
      String owner = "benchowner" + ((open / chain) % OWNERS);
      try (Pusher pusher = new Pusher(gerrit, SWEEP_PROJECT, owner)) {
        pusher.pushChain(n, open);
      }
      open += n;
      created += n;
      log(
          "%s: %d of %d open changes (%d created in %.0f s)",
          SWEEP_PROJECT, open, sweepChanges, created, seconds(System.nanoTime() - start));
    }
    put("sweep.open", gerrit.countOpen(SWEEP_PROJECT, sweepChanges));
  }

  /** Ten features with a maintainer, the 50 focus areas of the JMH benchmark, review rules. */
  static String policy() {
    StringBuilder c = new StringBuilder();
    for (int f = 0; f < FEATURES; f++) {
      c.append("[feature \"f").append(f).append("\"]\n");
      c.append("  path = feature").append(f).append("/**\n");
      c.append("  maturity = complete\n  testing = checked\n  docs = complete\n");
      c.append("  maintainer = vera@example.com\n");
    }
    for (int i = 0; i < FocusMatchingBenchmark.QUERIES.size(); i++) {
      c.append("[focusArea \"area-").append(i).append("\"]\n");
      c.append("  query = ")
          .append(FocusMatchingBenchmark.QUERIES.get(i).replace("\"", "\\\""))
          .append('\n');
    }
    // Every change waits on reviewers and is ignored after a minute; the sweep decides and
    // reports the reminders, posting none.
    c.append("[review]\n  ignoredAfter = 1 min\n  newcomerIgnoredAfter = 1 min\n");
    c.append("  remind = true\n  dryRun = true\n");
    return c.toString();
  }

  private void pushBench(int rounds, int perRound, int warmup) throws Exception {
    List<Long> with = new ArrayList<>();
    List<Long> without = new ArrayList<>();
    int serial = (int) (System.currentTimeMillis() / 1000 % 1_000_000) * 1000;
    try (Pusher pusher = new Pusher(gerrit, PUSH_PROJECT, "admin")) {
      for (int r = 0; r < rounds; r++) {
        // ABBA order: whatever drifts during a round (load of other jobs, a growing index) falls
        // on both sides.
        boolean[] order = r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true};
        for (boolean enabled : order) {
          gerrit.setPlugin(enabled);
          for (int i = 0; i < warmup; i++) {
            pusher.pushOne(serial++);
          }
          List<Long> side = enabled ? with : without;
          for (int i = 0; i < perRound; i++) {
            side.add(pusher.pushOne(serial++));
          }
        }
        log(
            "push round %d/%d: median with %.1f ms, without %.1f ms",
            r + 1, rounds, millis(median(with)), millis(median(without)));
      }
    }
    record("push", with, without);
  }

  private void queryBench(int rounds, int perRound, int warmup) throws Exception {
    String path = "/changes/?q=status:open&n=500";
    List<Long> with = new ArrayList<>();
    List<Long> without = new ArrayList<>();
    int count = 0;
    for (int r = 0; r < rounds; r++) {
      boolean[] order = r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true};
      for (boolean enabled : order) {
        gerrit.setPlugin(enabled);
        for (int i = 0; i < warmup; i++) {
          gerrit.get(path);
        }
        List<Long> side = enabled ? with : without;
        for (int i = 0; i < perRound; i++) {
          long t0 = System.nanoTime();
          String body = gerrit.get(path);
          side.add(System.nanoTime() - t0);
          JsonArray changes = JsonParser.parseString(body).getAsJsonArray();
          count = changes.size();
          boolean hasAttribute = body.contains("\"name\":\"" + PLUGIN + "\"");
          if (hasAttribute != enabled) {
            throw new IllegalStateException(
                "plugin "
                    + (enabled ? "enabled" : "disabled")
                    + " but attribute present is "
                    + hasAttribute);
          }
        }
      }
      log(
          "query round %d/%d: median with %.1f ms, without %.1f ms (%d changes)",
          r + 1, rounds, millis(median(with)), millis(median(without)), count);
    }
    put("query.changes", count);
    record("query", with, without);
  }

  private void sweepBench(int sweeps) throws Exception {
    String path = "/config/server/" + PLUGIN + "~sweep";
    String body = "{\"dry_run\":true}";
    List<Long> warm = new ArrayList<>();
    List<Long> warmServer = new ArrayList<>();
    JsonObject last = null;
    // The first sweep may still compute signals the warmer has not reached: not counted.
    for (int i = 0; i <= sweeps; i++) {
      long t0 = System.nanoTime();
      last = JsonParser.parseString(gerrit.post(path, body)).getAsJsonObject();
      long nanos = System.nanoTime() - t0;
      log("sweep %d: %.2f s (%s)", i, seconds(nanos), summary(last));
      if (i > 0) {
        warm.add(nanos);
        warmServer.add(last.get("duration_ms").getAsLong() * 1_000_000);
      }
    }
    put("sweep.candidates", last.get("candidates").getAsInt());
    put("sweep.waiting", last.get("waiting").getAsInt());
    put("sweep.ignored", last.get("ignored").getAsInt());
    put("sweep.warm.s", seconds(median(warm)));
    put("sweep.warm.server.s", seconds(median(warmServer)));

    gerrit.reloadPlugin();
    long t0 = System.nanoTime();
    JsonObject cold = JsonParser.parseString(gerrit.post(path, body)).getAsJsonObject();
    long nanos = System.nanoTime() - t0;
    log("sweep after a plugin reload: %.2f s (%s)", seconds(nanos), summary(cold));
    put("sweep.cold.s", seconds(nanos));
    put("sweep.cold.server.s", cold.get("duration_ms").getAsLong() / 1000.0);
  }

  /**
   * {@code POST ~preview} on the sweep's project with its policy plus one focus area and without
   * {@code dryRun}: every examined change is evaluated under the candidate (uncached) and under the
   * policy in force (cached), and, as each is ignored and would be reminded under the candidate,
   * its messages are read too: the preview's worst case. One unmeasured call, then the median of
   * {@code previews}.
   */
  private void previewBench(int previews) throws Exception {
    String path =
        "/projects/" + URLEncoder.encode(SWEEP_PROJECT, UTF_8) + "/" + PLUGIN + "~preview";
    String candidate =
        policy().replace("  dryRun = true\n", "")
            + "[focusArea \"preview-bench\"]\n  query = bench\n";
    JsonObject body = new JsonObject();
    body.addProperty("config", candidate);
    List<Long> times = new ArrayList<>();
    JsonObject last = null;
    int bytes = 0;
    for (int i = 0; i <= previews; i++) {
      long t0 = System.nanoTime();
      String answer = gerrit.post(path, body.toString());
      long nanos = System.nanoTime() - t0;
      bytes = answer.length();
      last = JsonParser.parseString(answer).getAsJsonObject();
      log(
          "preview %d: %.2f s (examined %s, truncated %s, %d bytes)",
          i, seconds(nanos), last.get("examined"), last.get("truncated"), bytes);
      if (i > 0) {
        times.add(nanos);
      }
    }
    put("preview.examined", last.get("examined").getAsInt());
    put("preview.bytes", bytes);
    put("preview.s", seconds(median(times)));

    // After a reload the signals in force are not cached either: both sides are computed.
    gerrit.reloadPlugin();
    long t0 = System.nanoTime();
    gerrit.post(path, body.toString());
    long nanos = System.nanoTime() - t0;
    log("preview after a plugin reload: %.2f s", seconds(nanos));
    put("preview.cold.s", seconds(nanos));
  }

  /**
   * {@code ~metrics} and {@code ~reviewers} of the sweep project (every change in the window): once
   * after a plugin reload (its caches empty: cold), then {@code requests} times warm.
   */
  private void dashboardBench(int requests) throws Exception {
    String base = "/projects/" + URLEncoder.encode(SWEEP_PROJECT, UTF_8) + "/" + PLUGIN;
    for (String view : List.of("metrics", "reviewers")) {
      // Each view starts cold: the other one would have filled the digest cache.
      gerrit.reloadPlugin();
      String path = base + "~" + view + "?window=365d";
      long t0 = System.nanoTime();
      String body = gerrit.get(path);
      long cold = System.nanoTime() - t0;
      List<Long> warm = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        long w0 = System.nanoTime();
        gerrit.get(path);
        warm.add(System.nanoTime() - w0);
      }
      log(
          "~%s: cold %.2f s, warm median %.0f ms (%d bytes)",
          view, seconds(cold), millis(median(warm)), body.length());
      put("dashboard." + view + ".cold.s", seconds(cold));
      put("dashboard." + view + ".warm.ms", millis(median(warm)));
    }
    put("dashboard.changes", gerrit.countOpen(SWEEP_PROJECT, 100_000));
  }

  private static String summary(JsonObject sweep) {
    return String.format(
        "candidates %s, waiting %s, ignored %s, would remind %s, server %s ms",
        sweep.get("candidates"),
        sweep.get("waiting"),
        sweep.get("ignored"),
        sweep.get("would_remind"),
        sweep.get("duration_ms"));
  }

  private void record(String name, List<Long> with, List<Long> without) throws IOException {
    put(name + ".n", with.size());
    put(name + ".with.median.ms", millis(median(with)));
    put(name + ".with.p90.ms", millis(percentile(with, 0.9)));
    put(name + ".without.median.ms", millis(median(without)));
    put(name + ".without.p90.ms", millis(percentile(without, 0.9)));
    put(name + ".ratio", (double) median(with) / median(without));
  }

  /** Abandons the open changes the push benchmark made, so that the sweep's count stays put. */
  private void abandonOpen(String project) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      int total = 0;
      while (true) {
        JsonArray open =
            JsonParser.parseString(
                    gerrit.get(
                        "/changes/?q="
                            + encode("project:" + project + " status:open")
                            + "&n=500&o=SKIP_DIFFSTAT"))
                .getAsJsonArray();
        if (open.isEmpty()) {
          break;
        }
        List<Future<?>> done = new ArrayList<>();
        for (JsonElement c : open) {
          String id = c.getAsJsonObject().get("id").getAsString();
          done.add(pool.submit(() -> gerrit.post("/changes/" + id + "/abandon", "{}")));
        }
        for (Future<?> f : done) {
          f.get();
        }
        total += open.size();
      }
      log("abandoned %d changes of %s", total, project);
    } finally {
      pool.shutdown();
    }
  }

  // --------------------------------------------------------------------- jmh ---

  private void jmh() throws Exception {
    int warmups = intOption("jmh-warmups", 6);
    int iterations = intOption("jmh-iterations", 5);
    Collection<RunResult> runs =
        new Runner(
                new OptionsBuilder()
                    .include(FocusMatchingBenchmark.class.getName() + "\\.(match|analyseOnce)$")
                    .include(PathMatchingBenchmark.class.getName() + "\\.indexed.*")
                    .warmupIterations(warmups)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(iterations)
                    .measurementTime(TimeValue.seconds(2))
                    .forks(1)
                    .threads(1)
                    .jvmArgsAppend("-Xmx1g")
                    .build())
            .run();
    for (RunResult r : runs) {
      String method = r.getParams().getBenchmark();
      String name = method.substring(method.lastIndexOf('.') + 1);
      put("jmh." + name, r.getPrimaryResult().getScore());
      put("jmh." + name + ".error", r.getPrimaryResult().getScoreError());
    }
    double match = Double.parseDouble(results.getProperty("jmh.match"));
    double analyse = Double.parseDouble(results.getProperty("jmh.analyseOnce"));
    put("focus.ratio", analyse / match);
  }

  // ------------------------------------------------------------------ report ---

  private void report() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"metric", "with", "without", "ratio", "target", "result"});
    ratioRow(rows, "push latency, median ms", "push", 1.05);
    pRow(rows, "push latency, p90 ms", "push");
    ratioRow(rows, "GET status:open n=500, median ms", "query", 1.15);
    pRow(rows, "GET status:open n=500, p90 ms", "query");
    secondsRow(rows, "sweep " + value("sweep.candidates") + " open changes, warm", "sweep.warm.s");
    secondsRow(
        rows,
        "sweep " + value("sweep.candidates") + " open changes, after plugin reload",
        "sweep.cold.s");
    secondsRow(
        rows, "POST ~preview, " + value("preview.examined") + " changes examined", "preview.s");
    secondsRow(rows, "POST ~preview, after plugin reload", "preview.cold.s");
    for (String view : List.of("metrics", "reviewers")) {
      String cold = value("dashboard." + view + ".cold.s");
      String warm = value("dashboard." + view + ".warm.ms");
      String label = "~" + view + ", " + value("dashboard.changes") + " changes";
      rows.add(
          new String[] {
            label + ", warm ms",
            fmt1(warm),
            "",
            "",
            "<= 1000",
            warm.isEmpty() ? "not run" : (Double.parseDouble(warm) <= 1000 ? "met" : "MISSED")
          });
      rows.add(
          new String[] {
            label + ", after plugin reload",
            cold.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f s", Double.parseDouble(cold)),
            "",
            "",
            "<= 30 s",
            cold.isEmpty() ? "not run" : (Double.parseDouble(cold) <= 30 ? "met" : "MISSED")
          });
    }
    String match = value("jmh.match");
    rows.add(
        new String[] {
          "focus matching, 50 areas, patch sets/s",
          fmt0(match),
          "",
          "",
          ">= 20000",
          match.isEmpty() ? "not run" : (Double.parseDouble(match) >= 20_000 ? "met" : "MISSED")
        });
    String ratio = value("focus.ratio");
    rows.add(
        new String[] {
          "focus matching / one analysis pass",
          "",
          "",
          ratio.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(ratio)),
          "<= 3",
          ratio.isEmpty() ? "not run" : (Double.parseDouble(ratio) <= 3 ? "met" : "MISSED")
        });
    rows.add(
        new String[] {
          "path matching, 20 paths, ops/s",
          fmt0(value("jmh.indexedTypicalPatchSet")),
          "",
          "",
          "(none)",
          ""
        });
    rows.add(
        new String[] {
          "path matching, 10,000 paths, ops/s",
          fmt0(value("jmh.indexedLargePatchSet")),
          "",
          "",
          "(none)",
          ""
        });
    int[] width = new int[6];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        out.append(i == 0 ? "" : "  ").append(pad(row[i], width[i], i > 0 && i < 4));
      }
      out.append('\n');
    }
    out.append(
        String.format(
            "pushes per side: %s; queries per side: %s (%s changes each); sweep candidates %s,"
                + " ignored %s; server-side sweep time warm %s s, after reload %s s%n",
            value("push.n"),
            value("query.n"),
            value("query.changes"),
            value("sweep.candidates"),
            value("sweep.ignored"),
            value("sweep.warm.server.s"),
            value("sweep.cold.server.s")));
    System.out.print(out);
  }

  private String value(String key) {
    return results.getProperty(key, "");
  }

  private void ratioRow(List<String[]> rows, String label, String name, double target) {
    String ratio = value(name + ".ratio");
    rows.add(
        new String[] {
          label,
          fmt1(value(name + ".with.median.ms")),
          fmt1(value(name + ".without.median.ms")),
          ratio.isEmpty() ? "" : String.format(Locale.ROOT, "%.3f", Double.parseDouble(ratio)),
          "<= " + target,
          ratio.isEmpty() ? "not run" : (Double.parseDouble(ratio) <= target ? "met" : "MISSED")
        });
  }

  private void pRow(List<String[]> rows, String label, String name) {
    rows.add(
        new String[] {
          label,
          fmt1(value(name + ".with.p90.ms")),
          fmt1(value(name + ".without.p90.ms")),
          "",
          "",
          ""
        });
  }

  private void secondsRow(List<String[]> rows, String label, String key) {
    String s = value(key);
    rows.add(
        new String[] {
          label,
          s.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f s", Double.parseDouble(s)),
          "",
          "",
          "<= 10 s",
          s.isEmpty() ? "not run" : (Double.parseDouble(s) <= 10 ? "met" : "MISSED")
        });
  }

  private static String fmt1(String v) {
    return v.isEmpty() ? "" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(v));
  }

  private static String fmt0(String v) {
    return v.isEmpty() ? "" : String.format(Locale.ROOT, "%,.0f", Double.parseDouble(v));
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }

  // ------------------------------------------------------------------- stats ---

  static long median(List<Long> values) {
    return percentile(values, 0.5);
  }

  /** Nearest-rank percentile; the median of an even count is the lower middle value. */
  static long percentile(List<Long> values, double p) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, UTF_8);
  }

  // ---------------------------------------------------------------- clients ---

  /** Gerrit's REST API over HTTP with basic authentication. */
  static final class Gerrit {
    final String url;
    final String user;
    final String password;
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Gerrit(String url, String user, String password) {
      this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      this.user = user;
      this.password = password;
    }

    HttpResponse<String> call(String method, String path, String json) throws Exception {
      HttpRequest.Builder req =
          HttpRequest.newBuilder(URI.create(url + "/a" + path))
              .timeout(Duration.ofMinutes(10))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString((user + ":" + password).getBytes(UTF_8)));
      if (json != null) {
        req.header("Content-Type", "application/json; charset=UTF-8")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
      } else {
        req.method(method, HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
      return res;
    }

    private static String strip(String body) {
      return body.startsWith(")]}'") ? body.substring(body.indexOf('\n') + 1) : body;
    }

    String ok(String method, String path, String json) throws Exception {
      HttpResponse<String> res = call(method, path, json);
      if (res.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + " answered " + res.statusCode() + ": " + res.body());
      }
      return strip(res.body());
    }

    String get(String path) throws Exception {
      return ok("GET", path, null);
    }

    String post(String path, String json) throws Exception {
      return ok("POST", path, json);
    }

    void ensureAccount(String username, String name, String email) throws Exception {
      if (call("GET", "/accounts/" + username, null).statusCode() == 200) {
        return;
      }
      ok(
          "PUT",
          "/accounts/" + username,
          String.format(
              "{\"name\":\"%s\",\"email\":\"%s\",\"http_password\":\"%s\"}",
              name, email, password));
      log("created account %s", username);
    }

    void ensureProject(String project) throws Exception {
      if (call("GET", "/projects/" + encode(project), null).statusCode() == 200) {
        return;
      }
      ok(
          "PUT",
          "/projects/" + encode(project),
          "{\"create_empty_commit\":true,\"branches\":[\"master\"]}");
      log("created project %s", project);
    }

    /**
     * Puts FILE with TEXT on refs/meta/config through review (push, +2, submit) when it differs.
     */
    void ensureConfig(String project, String file, String text) throws Exception {
      HttpResponse<String> res =
          call(
              "GET",
              "/projects/"
                  + encode(project)
                  + "/branches/refs%2Fmeta%2Fconfig/files/"
                  + encode(file)
                  + "/content",
              null);
      if (res.statusCode() == 200
          && new String(Base64.getMimeDecoder().decode(res.body().trim()), UTF_8).equals(text)) {
        return;
      }
      try (Pusher pusher = new Pusher(this, project, user)) {
        String changeId = pusher.pushConfig(file, text);
        String id = encode(project) + "~refs%2Fmeta%2Fconfig~" + changeId;
        ok(
            "POST",
            "/changes/" + id + "/revisions/current/review",
            "{\"labels\":{\"Code-Review\":2}}");
        ok("POST", "/changes/" + id + "/submit", "{}");
      }
      log("%s: %s on refs/meta/config", project, file);
    }

    /** Counts open changes of PROJECT up to LIMIT with a binary search on the query's offset. */
    int countOpen(String project, int limit) throws Exception {
      int lo = 0; // known: at least lo
      int hi = limit; // checked: at least hi is what we want to know
      if (existsAt(project, limit - 1)) {
        return limit;
      }
      hi = limit - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (existsAt(project, mid - 1)) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    private boolean existsAt(String project, int offset) throws Exception {
      String q = encode("project:" + project + " status:open -is:wip");
      return !JsonParser.parseString(get("/changes/?q=" + q + "&n=1&S=" + offset))
          .getAsJsonArray()
          .isEmpty();
    }

    /** Null when the plugin is not installed; else its entry of GET /plugins/?all. */
    private JsonObject pluginInfo() throws Exception {
      JsonObject all = JsonParser.parseString(get("/plugins/?all")).getAsJsonObject();
      return all.has(PLUGIN) ? all.getAsJsonObject(PLUGIN) : null;
    }

    private boolean pluginServes() throws Exception {
      // A REST view of the plugin answers only once its injectors are up.
      return call("GET", "/projects/All-Projects/" + PLUGIN + "~config", null).statusCode() == 200;
    }

    private boolean enabled = false;
    private boolean known = false;

    void setPlugin(boolean on) throws Exception {
      if (on) {
        enablePlugin();
      } else {
        disablePlugin();
      }
    }

    void enablePlugin() throws Exception {
      if (known && enabled) {
        return;
      }
      JsonObject info = pluginInfo();
      if (info == null || (info.has("disabled") && info.get("disabled").getAsBoolean())) {
        ok("POST", "/plugins/" + PLUGIN + "/gerrit~enable", "{}");
      }
      await(() -> pluginServes(), "plugin enabled");
      known = true;
      enabled = true;
    }

    void disablePlugin() throws Exception {
      if (known && !enabled) {
        return;
      }
      ok("DELETE", "/plugins/" + PLUGIN, null);
      await(
          () -> {
            JsonObject info = pluginInfo();
            return (info == null || (info.has("disabled") && info.get("disabled").getAsBoolean()))
                && !pluginServes();
          },
          "plugin disabled");
      known = true;
      enabled = false;
    }

    void reloadPlugin() throws Exception {
      ok("POST", "/plugins/" + PLUGIN + "/gerrit~reload", "{}");
      await(() -> pluginServes(), "plugin reloaded");
      known = true;
      enabled = true;
    }

    interface Check {
      boolean ok() throws Exception;
    }

    private static void await(Check check, String what) throws Exception {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!check.ok()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("timed out waiting: " + what);
        }
        Thread.sleep(100);
      }
    }

    /** Waits until the plugin's work queue (signals warming, welcomes) has nothing left. */
    void awaitPluginQueueIdle(Duration timeout) throws Exception {
      long deadline = System.nanoTime() + timeout.toNanos();
      long lastLog = 0;
      while (true) {
        int pending = 0;
        for (JsonElement t :
            JsonParser.parseString(get("/config/server/tasks/")).getAsJsonArray()) {
          JsonObject task = t.getAsJsonObject();
          if (task.has("queue_name") && task.get("queue_name").getAsString().equals(PLUGIN)) {
            pending++;
          }
        }
        if (pending == 0) {
          return;
        }
        if (System.nanoTime() - lastLog > Duration.ofSeconds(30).toNanos()) {
          log("waiting for the plugin's work queue: %d tasks", pending);
          lastLog = System.nanoTime();
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("plugin work queue still has " + pending + " tasks");
        }
        Thread.sleep(1000);
      }
    }
  }

  /** Builds commits in memory and pushes them for review over HTTP with JGit. */
  static final class Pusher implements AutoCloseable {
    private static final String MESSAGE_BODY = bodyOf(FocusMatchingBenchmark.PATCH_SET.message());
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());

    private final Gerrit gerrit;
    private final String user;
    private final URIish uri;
    private final Repository repo = new InMemoryRepository(new DfsRepositoryDescription("bench"));
    private final PersonIdent ident;

    Pusher(Gerrit gerrit, String project, String user) throws Exception {
      this.gerrit = gerrit;
      this.user = user;
      this.uri = new URIish(gerrit.url + "/a/" + project);
      this.ident = new PersonIdent(user, user + "@example.com");
    }

    private static String bodyOf(String message) {
      StringBuilder b = new StringBuilder();
      for (String line : message.split("\n")) {
        if (!line.startsWith("Change-Id:")) {
          b.append(line).append('\n');
        }
      }
      return b.toString().trim();
    }

    private Transport open() throws Exception {
      Transport t = Transport.open(repo, uri);
      t.setCredentialsProvider(
          new UsernamePasswordCredentialsProvider(
              user, user.equals(gerrit.user) ? gerrit.password : "secret"));
      t.setTimeout(1800);
      return t;
    }

    private ObjectId fetch(String ref) throws Exception {
      try (Transport t = open()) {
        FetchResult r =
            t.fetch(NullProgressMonitor.INSTANCE, List.of(new RefSpec("+" + ref + ":" + ref)));
        return r.getAdvertisedRef(ref).getObjectId();
      }
    }

    static String newChangeId(String seed) throws Exception {
      byte[] sha =
          MessageDigest.getInstance("SHA-1")
              .digest((seed + ":" + IDS.incrementAndGet()).getBytes(UTF_8));
      return "I" + HexFormat.of().formatHex(sha);
    }

    private ObjectId commit(ObjectId parent, String message, String path, String content)
        throws Exception {
      try (ObjectInserter ins = repo.newObjectInserter();
          ObjectReader reader = repo.newObjectReader();
          RevWalk rw = new RevWalk(reader)) {
        RevCommit p = rw.parseCommit(parent);
        DirCache dc = DirCache.read(reader, p.getTree());
        ObjectId blob = ins.insert(Constants.OBJ_BLOB, content.getBytes(UTF_8));
        DirCacheEditor editor = dc.editor();
        editor.add(
            new DirCacheEditor.PathEdit(path) {
              @Override
              public void apply(DirCacheEntry ent) {
                ent.setFileMode(FileMode.REGULAR_FILE);
                ent.setObjectId(blob);
              }
            });
        editor.finish();
        CommitBuilder cb = new CommitBuilder();
        cb.setTreeId(dc.writeTree(ins));
        cb.setParentId(parent);
        cb.setAuthor(ident);
        cb.setCommitter(ident);
        cb.setMessage(message);
        ObjectId id = ins.insert(cb);
        ins.flush();
        return id;
      }
    }

    private void push(ObjectId commit, String target) throws Exception {
      try (Transport t = open()) {
        RemoteRefUpdate u = new RemoteRefUpdate(repo, null, commit, target, false, null, null);
        PushResult r = t.push(NullProgressMonitor.INSTANCE, List.of(u));
        RemoteRefUpdate.Status status = r.getRemoteUpdate(target).getStatus();
        if (status != RemoteRefUpdate.Status.OK) {
          throw new IllegalStateException(
              "push to "
                  + target
                  + ": "
                  + status
                  + " "
                  + r.getRemoteUpdate(target).getMessage()
                  + "\n"
                  + r.getMessages());
        }
      }
    }

    private String message(int n, String changeId) {
      return "Bench change "
          + n
          + ": "
          + FocusMatchingBenchmark.PATCH_SET.subject()
          + "\n\n"
          + MESSAGE_BODY
          + "\nChange-Id: "
          + changeId
          + "\n";
    }

    private static String path(int n) {
      return "feature" + (n % FEATURES) + "/module" + (n % 37) + "/file.py";
    }

    private ObjectId master;

    /** One new change on master; returns the push's wall time in nanoseconds. */
    long pushOne(int n) throws Exception {
      if (master == null) {
        master = fetch("refs/heads/master");
      }
      ObjectId c = commit(master, message(n, newChangeId("push")), path(n), "print(" + n + ")\n");
      long t0 = System.nanoTime();
      push(c, "refs/for/master");
      return System.nanoTime() - t0;
    }

    /** N new changes in one push: a chain of N commits on master. */
    void pushChain(int count, int first) throws Exception {
      ObjectId tip = fetch("refs/heads/master");
      for (int i = 0; i < count; i++) {
        int n = first + i;
        tip = commit(tip, message(n, newChangeId("sweep")), path(n), "print(" + n + ")\n");
      }
      push(tip, "refs/for/master");
    }

    /** Pushes FILE on refs/meta/config for review; returns the Change-Id. */
    String pushConfig(String file, String text) throws Exception {
      ObjectId head = fetch("refs/meta/config");
      String changeId = newChangeId("config");
      ObjectId c =
          commit(
              head,
              "Benchmark configuration of community-health\n\nChange-Id: " + changeId + "\n",
              file,
              text);
      push(c, "refs/for/refs/meta/config");
      return changeId;
    }

    @Override
    public void close() {
      repo.close();
    }
  }
}
