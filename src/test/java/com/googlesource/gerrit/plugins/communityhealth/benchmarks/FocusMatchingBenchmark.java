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
import com.googlesource.gerrit.plugins.communityhealth.focus.BoundedPatchSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAnalyzer;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.MemoryIndexPool;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetIndexer;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * Focus matching against the spec's target: 50 focus areas, at least 20,000 patch sets per second
 * per core, and at most 3 times the cost of analysing the same text once.
 *
 * <ul>
 *   <li>{@code match}: {@link FocusMatcher#match} of one realistic patch set (indexing, presearch,
 *       queries, explanations of the areas that match);
 *   <li>{@code analyseOnce}: the analysis pass alone, indexing the same patch set into a pooled
 *       {@link MemoryIndex} as {@code match} does;
 *   <li>{@code analyseOnceFreshIndex}: the same into a new {@link MemoryIndex} each time, to
 *       compare pooling with allocating;
 *   <li>{@code matchHugePatchSet}: a 1 MB message and 10,000 files, to show the bounds at work.
 * </ul>
 *
 * <p>Single-threaded, so operations per second are per core. Run with JMH's own main:
 *
 * <pre>
 * source tools/lib/common.sh &amp;&amp; ch_find_java_home
 * ch_mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
 * ch_mvn -q test-compile
 * $JAVA_HOME/bin/java -cp "target/test-classes:target/classes:$(cat cp.txt)" \
 *     org.openjdk.jmh.Main FocusMatchingBenchmark -f 1 -wi 5 -i 5
 * </pre>
 *
 * <p>or with this class's main ({@code ...benchmarks.FocusMatchingBenchmark} instead of {@code
 * org.openjdk.jmh.Main FocusMatchingBenchmark}), which takes the same options and also prints the
 * ratio of {@code match} to {@code analyseOnce}. {@code match} needs about three 2-second warmup
 * iterations before the JIT has compiled it; fewer understate it. Add {@code -Djmh.ignoreLock=true}
 * when another JMH run holds the lock.
 *
 * <p>Figures, with the date and the machine's state, are in performance.md ("Focus matching"): on a
 * quiet machine, {@code match} about 20,000 per second at under 2 analysis passes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FocusMatchingBenchmark {
  /** Nova-style focus areas: words, phrases, path globs, topics and hashtags. */
  static final ImmutableList<String> QUERIES =
      ImmutableList.of(
          "upgrade OR \"online migration\" OR \"data migration\" OR path:nova/db/**",
          "libvirt OR qemu OR path:nova/virt/libvirt/**",
          "placement OR \"resource provider\" OR path:nova/scheduler/client/report.py",
          "numa OR \"cpu pinning\" OR hugepages OR path:nova/virt/hardware.py",
          "sriov OR \"pci passthrough\" OR path:nova/pci/**",
          "vgpu OR mdev OR \"mediated device\"",
          "\"live migration\" OR live-migrate OR path:nova/virt/libvirt/migration.py",
          "cells OR \"cell mapping\" OR path:nova/objects/cell_mapping.py",
          "microversion OR path:nova/api/openstack/compute/rest_api_version_history.rst",
          "policy OR rbac OR \"secure defaults\" OR path:nova/policies/**",
          "quota OR \"unified limits\" OR path:nova/quota.py OR path:nova/limit/**",
          "security OR cve OR vulnerability OR hashtag:security OR topic:security",
          "py3 OR \"python 3\" OR six",
          "oslo OR path:nova/conf/**",
          "path:nova/tests/functional/**",
          "path:doc/** OR path:api-ref/** OR documentation",
          "path:releasenotes/notes/*.yaml",
          "ironic OR baremetal OR path:nova/virt/ironic/**",
          "vmware OR vcenter OR path:nova/virt/vmwareapi/**",
          "hyperv OR hyper-v OR path:nova/virt/hyperv/**",
          "multiattach OR \"volume attach\" OR cinder",
          "neutron OR \"port binding\" OR path:nova/network/**",
          "scheduler OR weigher OR path:nova/scheduler/**",
          "resize OR \"cold migration\"",
          "evacuate OR rebuild",
          "shelve OR unshelve OR offload",
          "notification OR path:nova/notifications/**",
          "performance OR latency OR \"n+1\" OR slow",
          "archive OR purge OR \"shadow table\"",
          "keystone OR \"service user\" OR token",
          "vtpm OR tpm OR barbican",
          "\"secure boot\" OR uefi OR ovmf",
          "\"image cache\" OR glance",
          "console OR vnc OR spice OR serial",
          "metadata OR \"config drive\" OR cloud-init",
          "keypair OR \"ssh key\"",
          "affinity OR anti-affinity OR \"server group\"",
          "\"availability zone\"",
          "aggregate OR \"host aggregate\"",
          "encrypt* OR luks OR \"ephemeral encryption\"",
          "rpc OR \"object version\" OR path:nova/compute/rpcapi.py",
          "path:nova/objects/**",
          "cyborg OR accelerator OR \"device profile\"",
          "manila OR virtiofs OR \"shared filesystem\"",
          "\"cherry picked\" OR backport OR topic:stable*",
          "path:.zuul.yaml OR path:playbooks/** OR path:tox.ini",
          "path:requirements.txt OR path:test-requirements.txt OR path:setup.cfg",
          "path:test_*.py AND (flaky OR race OR intermittent)",
          "hashtag:low-hanging-fruit OR hashtag:newcomer",
          "eventlet OR threading OR \"native threads\"");

  static final PatchSetText PATCH_SET =
      new PatchSetText(
          "Add online data migration for instance.flavor",
          """
          Add online data migration for instance.flavor

          The instance.flavor column is still read from the old extra table on
          computes that have not been upgraded yet. This adds an online data
          migration that copies the flavor into instance_extra so that rolling
          upgrades from the previous release keep working, and a nova-manage
          db online_data_migrations step that operators can run in batches.

          The compute RPC API is unchanged; older computes continue to send the
          legacy payload until they are upgraded.

          Implements: blueprint smoother-upgrades
          Closes-Bug: #1234567
          Change-Id: I2a0c3a7e5c0f4f3b9d1e8c6b7a5f4e3d2c1b0a99
          """,
          ImmutableList.of(
              "/COMMIT_MSG",
              "nova/cmd/manage.py",
              "nova/db/main/api.py",
              "nova/db/main/migrations/versions/13863f4e1612_add_instance_flavor.py",
              "nova/objects/instance.py",
              "nova/tests/functional/db/test_instance_flavor.py",
              "nova/tests/unit/objects/test_instance.py",
              "releasenotes/notes/instance-flavor-online-migration-4f1b2c3d.yaml"),
          Optional.of("bp/smoother-upgrades"),
          ImmutableList.of("upgrades"));

  /** A 1 MB commit message and 10,000 files: bounded, so it costs what the bounds allow. */
  static final PatchSetText HUGE_PATCH_SET = hugePatchSet();

  private FocusMatcher matcher;
  private PatchSetIndexer indexer;
  private MemoryIndexPool pool;

  @Setup
  public void setUp() {
    ImmutableList.Builder<FocusAreaDefinition> areas = ImmutableList.builder();
    for (int i = 0; i < QUERIES.size(); i++) {
      areas.add(new FocusAreaDefinition("area-" + i, "", QUERIES.get(i), 1, Optional.empty()));
    }
    matcher = FocusMatcher.create(areas.build(), LocalDate.of(2026, 6, 1));
    if (!matcher.invalidAreas().isEmpty() || matcher.activeAreas().size() != 50) {
      throw new IllegalStateException("benchmark areas do not compile: " + matcher.invalidAreas());
    }
    indexer = new PatchSetIndexer(new FocusAnalyzer());
    pool = new MemoryIndexPool(1);
  }

  @Benchmark
  public ImmutableList<FocusMatch> match() {
    return matcher.match(PATCH_SET);
  }

  @Benchmark
  public ImmutableList<FocusMatch> matchHugePatchSet() {
    return matcher.match(HUGE_PATCH_SET);
  }

  @Benchmark
  public BoundedPatchSet analyseOnce() {
    MemoryIndex index = pool.borrow();
    try {
      return indexer.index(PATCH_SET, index);
    } finally {
      pool.release(index);
    }
  }

  @Benchmark
  public MemoryIndex analyseOnceFreshIndex() {
    MemoryIndex index = MemoryIndexPool.newIndex();
    indexer.index(PATCH_SET, index);
    return index;
  }

  private static PatchSetText hugePatchSet() {
    StringBuilder message = new StringBuilder(PATCH_SET.message());
    while (message.length() < 1_000_000) {
      message.append("Refresh the fixture data for the functional database tests.\n");
    }
    ImmutableList.Builder<String> paths = ImmutableList.builder();
    for (int i = 0; i < 10_000; i++) {
      paths.add(String.format("nova/tests/fixtures/db/%04d/instance_%05d.json", i / 100, i));
    }
    return new PatchSetText(
        PATCH_SET.subject(),
        message.toString(),
        paths.build(),
        PATCH_SET.topic(),
        PATCH_SET.hashtags());
  }

  /**
   * {@code match} and {@code analyseOnce} in the thread's CPU time ({@link CpuTimeRounds}): six
   * rounds of 20,000 calls each; the later rounds count.
   */
  private static void cpuTime() {
    FocusMatchingBenchmark b = new FocusMatchingBenchmark();
    b.setUp();
    Map<String, Supplier<?>> ops = new LinkedHashMap<>();
    ops.put("match", b::match);
    ops.put("analyseOnce", b::analyseOnce);
    int round = 1;
    for (Map<String, Double> rates : CpuTimeRounds.measure(ops, 20_000, 0, 6)) {
      double match = rates.get("match");
      double analyse = rates.get("analyseOnce");
      System.out.printf(
          "round %d, CPU time: match %.0f patch sets/s, analysis alone %.0f/s, ratio %.2f%n",
          round++, match, analyse, analyse / match);
    }
  }

  /** Runs the benchmarks with JMH's command-line options and prints the match/analysis ratio. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    if (args.length > 0 && args[0].equals("--cpu-time")) {
      cpuTime();
      return;
    }
    Map<String, Double> opsPerSecond = JmhScores.run(FocusMatchingBenchmark.class, args);
    Double match = opsPerSecond.get("match");
    Double analyse = opsPerSecond.get("analyseOnce");
    if (match != null && analyse != null) {
      System.out.printf(
          "%nfocus matching, %d areas: %.0f patch sets/s per core (target >= 20000);"
              + " analysis alone %.0f/s; match costs %.2fx one analysis pass (target <= 3)%n",
          QUERIES.size(), match, analyse, analyse / match);
    }
  }
}
