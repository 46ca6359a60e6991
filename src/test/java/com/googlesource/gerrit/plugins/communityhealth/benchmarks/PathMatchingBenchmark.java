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
import com.googlesource.gerrit.plugins.communityhealth.tier.Docs;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureClassifier;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureMatch;
import com.googlesource.gerrit.plugins.communityhealth.tier.Maturity;
import com.googlesource.gerrit.plugins.communityhealth.tier.PathGlob;
import com.googlesource.gerrit.plugins.communityhealth.tier.Testing;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Feature classification of a patch set: 400 features with 2,000 globs of the shapes real projects
 * write, against a 10,000-path and a typical 20-path patch set. {@code indexed*} is {@link
 * FeatureClassifier}; {@code everyRegex*} runs every glob's regular expression against every path,
 * as a classifier without an index and without shape shortcuts would; {@code everyGlob*} tests
 * every glob with {@link PathGlob#matches} (shortcuts, no index), to show what the index adds on
 * its own.
 *
 * <p>Run with:
 *
 * <pre>
 * source tools/lib/common.sh &amp;&amp; ch_find_java_home
 * ch_mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * ch_mvn -q test-compile
 * "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" \
 *     org.openjdk.jmh.Main PathMatchingBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PathMatchingBenchmark {
  static final int FEATURES = 400;
  static final int GLOBS_PER_FEATURE = 5;
  static final int LARGE_PATCH_SET = 10_000;
  static final int TYPICAL_PATCH_SET = 20;

  private static final String[] AREAS = {
    "api/openstack/compute",
    "compute",
    "conductor",
    "db/main",
    "db/api",
    "network",
    "scheduler",
    "scheduler/filters",
    "objects",
    "virt/libvirt",
    "virt/libvirt/volume",
    "virt/vmwareapi",
    "virt/ironic",
    "virt/hyperv",
    "virt/zvm",
    "virt/powervm",
    "virt/disk",
    "image",
    "volume",
    "pci",
    "cmd",
    "conf",
    "policies",
    "notifications/objects",
    "accelerator",
    "storage"
  };
  private static final String[] MODULES = {
    "driver",
    "manager",
    "api",
    "utils",
    "rpcapi",
    "host",
    "config",
    "migration",
    "vif",
    "guest",
    "imagebackend",
    "blockinfo",
    "designer",
    "instance",
    "flavor",
    "quota",
    "service",
    "aggregate",
    "keypair",
    "server_group",
    "numa",
    "pci_request",
    "resource_tracker",
    "claims",
    "vm_util"
  };
  private static final String[] TOPICS = {
    "libvirt",
    "vmware",
    "ironic",
    "hyperv",
    "numa",
    "pci",
    "vgpu",
    "sriov",
    "cells",
    "quota",
    "placement",
    "rescue",
    "shelve",
    "resize",
    "migrate",
    "evacuate",
    "snapshot",
    "console"
  };

  ImmutableList<FeatureDefinition> features;
  FeatureClassifier classifier;
  List<List<Pattern>> regexesPerFeature;
  List<List<PathGlob>> globsPerFeature;
  List<String> largePatchSet;
  List<String> typicalPatchSet;

  @Setup
  public void setUp() {
    Random random = new Random(20261120);
    ImmutableList.Builder<FeatureDefinition> defs = ImmutableList.builder();
    for (int f = 0; f < FEATURES; f++) {
      ImmutableList.Builder<String> globs = ImmutableList.builder();
      for (int g = 0; g < GLOBS_PER_FEATURE; g++) {
        globs.add(randomGlob(random, f * GLOBS_PER_FEATURE + g));
      }
      defs.add(
          new FeatureDefinition(
              "feature-" + f,
              "Feature " + f,
              globs.build(),
              Maturity.COMPLETE,
              Testing.CHECKED,
              Docs.USER,
              ImmutableList.of()));
    }
    features = defs.build();
    classifier = FeatureClassifier.compile(features);
    regexesPerFeature = new ArrayList<>();
    globsPerFeature = new ArrayList<>();
    for (FeatureDefinition f : features) {
      List<PathGlob> globs = f.paths().stream().map(PathGlob::compile).toList();
      globsPerFeature.add(globs);
      regexesPerFeature.add(
          globs.stream().map(g -> Pattern.compile(g.regex(), Pattern.DOTALL)).toList());
    }
    largePatchSet = new ArrayList<>();
    for (int i = 0; i < LARGE_PATCH_SET; i++) {
      largePatchSet.add(randomPath(random, i));
    }
    typicalPatchSet = typicalPatchSet(random);
    check(largePatchSet);
    check(typicalPatchSet);
  }

  /** Fails the run if the approaches disagree: a benchmark of wrong answers measures nothing. */
  private void check(List<String> paths) {
    int indexed = classifier.classify(paths).matches().size();
    int regexes = everyRegex(paths);
    int globs = everyGlob(paths);
    if (indexed != regexes || indexed != globs) {
      throw new IllegalStateException(
          "indexed " + indexed + ", every regex " + regexes + ", every glob " + globs);
    }
    System.err.printf(
        "%d paths touch %d of %d features (%d globs, %d skipped)%n",
        paths.size(),
        indexed,
        FEATURES,
        FEATURES * GLOBS_PER_FEATURE,
        classifier.skippedGlobs().size());
  }

  @Benchmark
  public FeatureMatch indexedLargePatchSet() {
    return classifier.classify(largePatchSet);
  }

  @Benchmark
  public int everyRegexLargePatchSet() {
    return everyRegex(largePatchSet);
  }

  @Benchmark
  public int everyGlobLargePatchSet() {
    return everyGlob(largePatchSet);
  }

  @Benchmark
  public FeatureMatch indexedTypicalPatchSet() {
    return classifier.classify(typicalPatchSet);
  }

  @Benchmark
  public int everyRegexTypicalPatchSet() {
    return everyRegex(typicalPatchSet);
  }

  @Benchmark
  public int everyGlobTypicalPatchSet() {
    return everyGlob(typicalPatchSet);
  }

  /** Once per configuration revision: the cost of building the index from 2,000 globs. */
  @Benchmark
  public FeatureClassifier compileClassifier() {
    return FeatureClassifier.compile(features);
  }

  /** How many features match, testing each feature's regexes until one matches a path. */
  private int everyRegex(List<String> paths) {
    int touched = 0;
    for (List<Pattern> regexes : regexesPerFeature) {
      int matched = 0;
      for (String path : paths) {
        for (Pattern p : regexes) {
          if (p.matcher(path).matches()) {
            matched++;
            break;
          }
        }
      }
      touched += matched > 0 ? 1 : 0;
    }
    return touched;
  }

  private int everyGlob(List<String> paths) {
    int touched = 0;
    for (List<PathGlob> globs : globsPerFeature) {
      int matched = 0;
      for (String path : paths) {
        for (PathGlob g : globs) {
          if (g.matches(path)) {
            matched++;
            break;
          }
        }
      }
      touched += matched > 0 ? 1 : 0;
    }
    return touched;
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  /** The shapes of a large project's feature globs, roughly in the proportions they occur. */
  private static String randomGlob(Random r, int serial) {
    String area = pick(r, AREAS);
    String module = pick(r, MODULES);
    String topic = pick(r, TOPICS);
    int shape = r.nextInt(100);
    if (shape < 30) {
      return "nova/" + area + "/**";
    } else if (shape < 45) {
      return "nova/" + area + "/*.py";
    } else if (shape < 60) {
      return "nova/" + area + "/" + module + ".py";
    } else if (shape < 70) {
      return "nova/tests/unit/" + area + "/**/test_" + module + "*.py";
    } else if (shape < 76) {
      return "doc/source/{admin,user,configuration}/" + topic + "*.rst";
    } else if (shape < 84) {
      return "releasenotes/notes/*" + topic + "*.yaml";
    } else if (shape < 90) {
      return "api-ref/source/os-" + topic + "-" + serial + ".inc";
    } else if (shape < 95) {
      return "**/*_" + module + "_" + serial + ".py";
    } else if (shape < 99) {
      return "nova/" + area + "/[a-m]*.py";
    } else {
      return "**/" + topic + "/**";
    }
  }

  private static String randomPath(Random r, int serial) {
    int kind = r.nextInt(100);
    String area = pick(r, AREAS);
    String module = pick(r, MODULES);
    if (kind < 45) {
      return "nova/" + area + "/" + module + (serial % 7 == 0 ? "" : "_" + serial) + ".py";
    } else if (kind < 80) {
      return "nova/tests/unit/" + area + "/test_" + module + "_" + serial + ".py";
    } else if (kind < 88) {
      return "nova/tests/functional/regressions/test_bug_" + serial + ".py";
    } else if (kind < 93) {
      return "doc/source/admin/" + pick(r, TOPICS) + "-" + serial + ".rst";
    } else if (kind < 98) {
      return "releasenotes/notes/" + pick(r, TOPICS) + "-fix-" + serial + "-0123456789abcdef.yaml";
    } else {
      return "api-ref/source/os-" + pick(r, TOPICS) + "-" + serial + ".inc";
    }
  }

  /** A typical change: a module, its tests, a release note. */
  private static List<String> typicalPatchSet(Random r) {
    List<String> paths = new ArrayList<>();
    String area = "virt/libvirt";
    for (int i = 0; paths.size() < TYPICAL_PATCH_SET - 2; i++) {
      String module = MODULES[i % MODULES.length];
      paths.add("nova/" + area + "/" + module + ".py");
      paths.add("nova/tests/unit/" + area + "/test_" + module + ".py");
    }
    paths.add("releasenotes/notes/libvirt-fix-" + r.nextInt(1000) + "-0123456789abcdef.yaml");
    paths.add("doc/source/admin/libvirt-tuning.rst");
    return paths;
  }
}
