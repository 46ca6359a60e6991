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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.tier.TestFeatures.feature;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class FeatureClassifierTest {
  private static final FeatureDefinition LIBVIRT =
      feature("libvirt", "nova/virt/libvirt/**", "nova/tests/unit/virt/libvirt/**");
  private static final FeatureDefinition VMWARE = feature("vmware", "nova/virt/vmwareapi/**");
  private static final FeatureDefinition DOCS = feature("docs", "doc/**", "**/*.rst");
  private static final FeatureDefinition SETUP = feature("setup", "setup.{cfg,py}");

  private static final FeatureClassifier CLASSIFIER =
      FeatureClassifier.compile(ImmutableList.of(LIBVIRT, VMWARE, DOCS, SETUP));

  @Test
  public void noFeaturesOrNoPathsTouchNothing() {
    assertThat(FeatureClassifier.compile(ImmutableList.of()).classify(List.of("a/b.py")))
        .isEqualTo(FeatureMatch.NONE);
    assertThat(CLASSIFIER.classify(List.of())).isEqualTo(FeatureMatch.NONE);
    assertThat(CLASSIFIER.classify(List.of("nova/compute/manager.py")).isEmpty()).isTrue();
  }

  @Test
  public void reportsFirstPathGlobAndCountPerFeatureInDeclarationOrder() {
    FeatureMatch match =
        CLASSIFIER.classify(
            List.of(
                "doc/source/admin/index.rst",
                "nova/virt/libvirt/driver.py",
                "nova/compute/manager.py",
                "nova/tests/unit/virt/libvirt/test_driver.py",
                "setup.cfg"));
    assertThat(match.matches())
        .containsExactly(
            new MatchedFeature(LIBVIRT, "nova/virt/libvirt/driver.py", "nova/virt/libvirt/**", 2),
            new MatchedFeature(DOCS, "doc/source/admin/index.rst", "doc/**", 1),
            new MatchedFeature(SETUP, "setup.cfg", "setup.{cfg,py}", 1))
        .inOrder();
    assertThat(match.features()).containsExactly(LIBVIRT, DOCS, SETUP).inOrder();
  }

  @Test
  public void aPathMatchedBySeveralGlobsOfOneFeatureCountsOnce() {
    FeatureMatch match = CLASSIFIER.classify(List.of("doc/index.rst", "doc/conf.py"));
    assertThat(match.matches())
        .containsExactly(new MatchedFeature(DOCS, "doc/index.rst", "doc/**", 2));
  }

  @Test
  public void reasonNamesTheFirstDeclaredGlobWhateverTheIndexVisitsFirst() {
    // The suffix glob sits in the suffix trie, walked after the prefix trie.
    FeatureDefinition python = feature("python", "**/*.py", "nova/**");
    FeatureMatch match =
        FeatureClassifier.compile(ImmutableList.of(python)).classify(List.of("nova/api.py"));
    assertThat(match.matches())
        .containsExactly(new MatchedFeature(python, "nova/api.py", "**/*.py", 1));
  }

  @Test
  public void globsWithoutLiteralEndsMatchEveryPathTheyShould() {
    FeatureDefinition everything = feature("everything", "**");
    FeatureDefinition topLevel = feature("top", "*");
    FeatureMatch match =
        FeatureClassifier.compile(ImmutableList.of(everything, topLevel))
            .classify(List.of("a/b", "README"));
    assertThat(match.matches())
        .containsExactly(
            new MatchedFeature(everything, "a/b", "**", 2),
            new MatchedFeature(topLevel, "README", "*", 1))
        .inOrder();
  }

  @Test
  public void braceAlternativesAreIndexedSeparately() {
    FeatureDefinition f = feature("api-docs", "{api-ref,doc/api}/**/*.inc");
    FeatureClassifier c = FeatureClassifier.compile(ImmutableList.of(f));
    assertThat(c.classify(List.of("api-ref/source/servers.inc")).features()).containsExactly(f);
    assertThat(c.classify(List.of("doc/api/v2/servers.inc")).features()).containsExactly(f);
    assertThat(c.classify(List.of("doc/servers.inc")).isEmpty()).isTrue();
  }

  @Test
  public void invalidGlobsAreSkippedAndListedWhileTheRestStillMatch() {
    FeatureDefinition f = feature("broken", "nova/[abc", "nova/virt/**");
    FeatureClassifier c = FeatureClassifier.compile(ImmutableList.of(f));
    assertThat(c.skippedGlobs())
        .containsExactly("feature 'broken': 'nova/[abc' has an unclosed '[' at position 6");
    assertThat(c.classify(List.of("nova/virt/driver.py")).features()).containsExactly(f);
  }

  @Test
  public void pathsWithUnicodeAndSpaces() {
    FeatureDefinition f = feature("handbuch", "docs/Über uns/**", "**/*.日本");
    FeatureClassifier c = FeatureClassifier.compile(ImmutableList.of(f));
    assertThat(c.classify(List.of("docs/Über uns/Wer wir sind.md")).features()).containsExactly(f);
    assertThat(c.classify(List.of("a b/c.日本")).features()).containsExactly(f);
    assertThat(c.classify(List.of("docs/Uber uns/x.md")).isEmpty()).isTrue();
  }

  @Test
  public void tenThousandPathsAgreeWithTestingEveryGlobAgainstEveryPath() {
    Random random = new Random(42);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      paths.add(randomPath(random));
    }
    ImmutableList.Builder<FeatureDefinition> features = ImmutableList.builder();
    for (int f = 0; f < 40; f++) {
      features.add(feature("f" + f, randomGlob(random), randomGlob(random), randomGlob(random)));
    }
    ImmutableList<FeatureDefinition> defs = features.build();

    FeatureMatch indexed = FeatureClassifier.compile(defs).classify(paths);

    assertThat(indexed).isEqualTo(everyGlobAgainstEveryPath(defs, paths));
    assertThat(indexed.matches().size()).isAtLeast(10); // the comparison is not vacuous
  }

  /** The obvious implementation, as the reference. */
  private static FeatureMatch everyGlobAgainstEveryPath(
      ImmutableList<FeatureDefinition> features, List<String> paths) {
    ImmutableList.Builder<MatchedFeature> out = ImmutableList.builder();
    for (FeatureDefinition f : features) {
      List<PathGlob> globs = f.paths().stream().map(PathGlob::compile).toList();
      String firstPath = null;
      String firstGlob = null;
      int count = 0;
      for (String path : paths) {
        for (PathGlob g : globs) {
          if (g.matches(path)) {
            if (firstPath == null) {
              firstPath = path;
              firstGlob = g.glob();
            }
            count++;
            break;
          }
        }
      }
      if (count > 0) {
        out.add(new MatchedFeature(f, firstPath, firstGlob, count));
      }
    }
    ImmutableList<MatchedFeature> matches = out.build();
    return matches.isEmpty() ? FeatureMatch.NONE : new FeatureMatch(matches);
  }

  private static final String[] DIRS = {"nova", "virt", "libvirt", "api", "db", "tests", "unit"};
  private static final String[] NAMES = {"driver", "api", "manager", "test_api", "utils"};
  private static final String[] EXTS = {".py", ".rst", ".yaml", ".inc", ""};

  private static String randomPath(Random r) {
    StringBuilder sb = new StringBuilder();
    int depth = r.nextInt(5);
    for (int i = 0; i < depth; i++) {
      sb.append(DIRS[r.nextInt(DIRS.length)]).append('/');
    }
    return sb.append(NAMES[r.nextInt(NAMES.length)])
        .append(EXTS[r.nextInt(EXTS.length)])
        .toString();
  }

  private static String randomGlob(Random r) {
    String dir = DIRS[r.nextInt(DIRS.length)] + "/" + DIRS[r.nextInt(DIRS.length)];
    String ext = EXTS[r.nextInt(EXTS.length)];
    String name = NAMES[r.nextInt(NAMES.length)];
    return switch (r.nextInt(9)) {
      case 0 -> dir + "/**";
      case 1 -> dir + "/*" + ext;
      case 2 -> "**/*" + ext;
      case 3 -> dir + "/**/" + name + ext;
      case 4 -> "**/" + name + ext;
      case 5 -> dir + "/" + name + ext;
      case 6 -> "{" + dir + "," + DIRS[r.nextInt(DIRS.length)] + "}/*" + ext;
      case 7 -> dir + "/[a-m]*";
      default -> "*/" + name + "?" + ext;
    };
  }
}
