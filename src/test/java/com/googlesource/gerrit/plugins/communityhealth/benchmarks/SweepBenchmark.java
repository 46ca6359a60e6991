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

import static java.util.concurrent.TimeUnit.DAYS;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.google.common.cache.Cache;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.UseLocalDisk;
import com.google.gerrit.acceptance.testsuite.change.ChangeOperations;
import com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations;
import com.google.gerrit.extensions.api.changes.ChangeIdentifier;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.extensions.registration.DynamicMap;
import com.google.gerrit.extensions.registration.Extension;
import com.google.gerrit.server.cache.PersistentCache;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.gerrit.testing.ConfigSuite;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport;
import com.googlesource.gerrit.plugins.communityhealth.automation.Sweeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.After;
import org.junit.Test;

/**
 * Times the sweeper over 10,000 open changes in an in-process Gerrit with a Lucene change index (in
 * memory) and in-memory repositories. Not part of the default test run (Surefire excludes {@code
 * benchmarks/}); run it by name:
 *
 * <pre>
 * source tools/lib/common.sh &amp;&amp; ch_find_java_home
 * ch_mvn -q test -Dtest=SweepBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * cat target/sweep-benchmark.txt
 * </pre>
 *
 * Options (system properties): {@code -DsweepBenchmark.changes=1000} for a smaller run; {@code
 * -DsweepBenchmark.jfr=$PWD/target/sweep.jfr} records every measured sweep with Java Flight
 * Recorder into its own file, or only those whose name contains {@code
 * -DsweepBenchmark.jfrPhase=restart} ({@code setup} records the setup).
 *
 * <p>The data: {@code changes} open changes by 200 owners (none has a merged change, so all are
 * newcomers), each touching one of 10 features with one maintainer each, created over 10 days (a
 * tenth per day). Every tenth change has a maintainer's review. With {@code ignoredAfter = 7d} and
 * {@code newcomerIgnoredAfter = 7d} the changes of the first three days are ignored.
 *
 * <p>Measured, in this order: the first sweep (posts every due reminder), a warm sweep (the steady
 * state: every ignored change already reminded, all caches warm), a sweep with the plugin's caches
 * emptied (after a plugin reload, or at midnight UTC when the signals cache key's day moves), a
 * sweep with every in-memory cache emptied (Gerrit's too: a restart, where persistent caches such
 * as change notes and diffs survive), a sweep with every cache emptied (the worst case), and a warm
 * sweep again.
 */
@UseLocalDisk
public class SweepBenchmark extends AbstractCommunityHealthIT {

  @ConfigSuite.Default
  public static Config luceneAndBot() {
    Config cfg = new Config();
    // Lucene, as in production: the tests' default fake index scans every change on every query.
    cfg.setString("index", null, "type", "lucene");
    cfg.setString("plugin", "community-health", "botAccount", "ch-bot");
    // The benchmark sweeps by hand; keep the schedule out of the way.
    cfg.setString("plugin", "community-health", "sweepInterval", "52w");
    // Setup speed only: no mails to render, no mergeability to compute at every index write.
    cfg.setBoolean("sendemail", null, "enable", false);
    cfg.setString("change", null, "mergeabilityComputationBehavior", "NEVER");
    return cfg;
  }

  private static final int CHANGES = Integer.getInteger("sweepBenchmark.changes", 10_000);
  private static final int OWNERS = 200;
  private static final int FEATURES = 10;
  private static final int DAYS_OF_CHANGES = 10;
  private static final int SETUP_THREADS = 6;

  @Inject private ChangeOperations changeOperations;
  @Inject private RequestScopeOperations requestScopeOperations;
  @Inject private DynamicMap<Cache<?, ?>> caches;

  private final StringBuilder out = new StringBuilder();

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void sweepTenThousandOpenChanges() throws Exception {
    TestTimeUtil.resetWithClockStep(1, MILLISECONDS);
    accountCreator.create("ch-bot", "bot@example.com", "Community Bot", null, "Service Users");
    List<TestAccount> maintainers = new ArrayList<>();
    StringBuilder config = new StringBuilder();
    for (int f = 0; f < FEATURES; f++) {
      TestAccount m =
          accountCreator.create("maint" + f, "maint" + f + "@example.com", "Maintainer " + f, null);
      maintainers.add(m);
      config
          .append("[feature \"f")
          .append(f)
          .append("\"]\n  path = feature")
          .append(f)
          .append("/**\n  maintainer = maint")
          .append(f)
          .append('\n');
    }
    config.append("[review]\n  ignoredAfter = 7d\n  newcomerIgnoredAfter = 7d\n  remind = true\n");
    pushConfig(project, config.toString()).assertOkStatus();
    List<TestAccount> owners = new ArrayList<>();
    for (int o = 0; o < OWNERS; o++) {
      owners.add(
          accountCreator.create("owner" + o, "owner" + o + "@example.com", "Owner " + o, null));
    }

    String jfr = System.getProperty("sweepBenchmark.jfr");
    Recording setupRecording =
        jfr != null && System.getProperty("sweepBenchmark.jfrPhase", "").equals("setup")
            ? startRecording()
            : null;
    long setupStart = System.nanoTime();
    AtomicInteger reviewed = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    // Creating a change mostly waits for its index write: a few threads keep both cores busy.
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
    try {
      int perDay = CHANGES / DAYS_OF_CHANGES;
      for (int day = 0; day < DAYS_OF_CHANGES; day++) {
        List<Future<?>> batch = new ArrayList<>();
        for (int i = day * perDay; i < (day + 1) * perDay; i++) {
          int n = i;
          batch.add(
              pool.submit(
                  () -> {
                    createChange(n, owners, maintainers, reviewed);
                    int done = created.incrementAndGet();
                    if (done % 1000 == 0) {
                      log(
                          "created %d changes in %.1f s",
                          done, seconds(System.nanoTime() - setupStart));
                    }
                    return null;
                  }));
        }
        for (Future<?> f : batch) {
          f.get();
        }
        TestTimeUtil.incrementClock(1, DAYS);
      }
    } finally {
      pool.shutdown();
    }
    drainPluginQueue();
    Duration setup = Duration.ofNanos(System.nanoTime() - setupStart);
    log(
        "setup: %d changes (%d reviewed) in %.1f s",
        CHANGES, reviewed.get(), seconds(setup.toNanos()));
    if (setupRecording != null) {
      setupRecording.dump(Paths.get(jfr.replace(".jfr", "-setup.jfr")));
      setupRecording.close();
    }

    Sweeper sweeper = plugin.getSysInjector().getInstance(Sweeper.class);
    measure("first sweep (posts the due reminders)", sweeper);
    measure("warm", sweeper);
    for (Scope scope : Scope.values()) {
      for (int threads : new int[] {1, Sweeper.EVALUATION_THREADS}) {
        sweeper.setEvaluationThreads(threads);
        invalidate(scope);
        measure(scope.description + ", " + threads + " thread" + (threads > 1 ? "s" : ""), sweeper);
      }
    }
    measure("warm again", sweeper);
    Path report = Paths.get("target", "sweep-benchmark.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
  }

  private void createChange(
      int i, List<TestAccount> owners, List<TestAccount> maintainers, AtomicInteger reviewed)
      throws Exception {
    TestAccount owner = owners.get(i % OWNERS);
    int feature = i % FEATURES;
    ChangeIdentifier id =
        changeOperations
            .newChange()
            .project(project)
            .owner(owner.id())
            .authorIdent(
                new PersonIdent(
                    owner.fullName(),
                    owner.email(),
                    TimeUtil.now(),
                    ZoneOffset.ofHours((i % 24) - 11)))
            .commitMessage("Change " + i + "\n\nSome words about change " + i + ".\n")
            .file("feature" + feature + "/module" + (i % 37) + "/file" + i + ".py")
            .content("print(" + i + ")\n")
            .create();
    if (i % 10 == 5) {
      requestScopeOperations.setApiUser(maintainers.get(feature).id());
      gApi.changes().id(id.id()).current().review(new ReviewInput().message("Looks plausible."));
      reviewed.incrementAndGet();
    }
  }

  /** Times one sweep; records it with Java Flight Recorder when its name contains jfrPhase. */
  private void measure(String what, Sweeper sweeper) throws Exception {
    String jfr = System.getProperty("sweepBenchmark.jfr");
    String phase = System.getProperty("sweepBenchmark.jfrPhase", "");
    Recording recording = jfr != null && what.contains(phase) ? startRecording() : null;
    long start = System.nanoTime();
    SweepReport r = sweeper.sweep(false);
    long nanos = System.nanoTime() - start;
    if (recording != null) {
      Path file = Paths.get(jfr.replace(".jfr", "-" + what.replaceAll("[^a-z]+", "_") + ".jfr"));
      recording.dump(file);
      recording.close();
      log("flight recording: %s", file);
    }
    log(
        "%-40s %7.2f s  candidates %d, waiting %d, ignored %d, reminded %d, skipped %s",
        what, seconds(nanos), r.candidates(), r.waiting(), r.ignored(), r.reminded(), r.skipped());
  }

  private enum Scope {
    /** The plugin's caches: as after a plugin reload, or at midnight UTC for the signals. */
    PLUGIN("plugin caches empty"),
    /** Every in-memory cache, Gerrit's too: as after a restart (persistent caches survive it). */
    IN_MEMORY("restart (persistent caches kept)"),
    /** Every cache, persistent ones too: the worst case. */
    ALL("all caches empty");

    final String description;

    Scope(String description) {
      this.description = description;
    }
  }

  private void invalidate(Scope scope) {
    List<String> emptied = new ArrayList<>();
    for (Extension<Cache<?, ?>> e : caches) {
      Cache<?, ?> cache = e.getProvider().get();
      boolean empty =
          switch (scope) {
            case PLUGIN -> e.getPluginName().equals(PLUGIN);
            case IN_MEMORY -> !(cache instanceof PersistentCache);
            case ALL -> true;
          };
      if (empty) {
        cache.invalidateAll();
        emptied.add(e.getPluginName() + "." + e.getExportName());
      }
    }
    log("emptied %d caches (%s)", emptied.size(), scope);
  }

  private static Recording startRecording() throws IOException, java.text.ParseException {
    Recording r = new Recording(Configuration.getConfiguration("profile"));
    r.start();
    return r;
  }

  private synchronized void log(String format, Object... args) {
    String line = String.format(format, args);
    System.out.println("SweepBenchmark: " + line);
    out.append(line).append('\n');
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
