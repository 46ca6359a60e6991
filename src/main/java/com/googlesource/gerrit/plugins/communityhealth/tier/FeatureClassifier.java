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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tells which features a patch set touches, from its file paths. Built once per policy: every glob
 * is compiled here, once.
 *
 * <p>A path is tested only against globs that can match it. Each glob (each brace alternative of
 * it) is filed under its longer literal end: its literal prefix in a prefix trie ({@code
 * nova/virt/libvirt/**} under {@code nova/virt/libvirt/}), else its literal suffix in a suffix trie
 * ({@code **}{@code /*.py} under {@code .py}). One walk of each trie per path yields the
 * candidates, so the cost of a path grows with its length and the number of globs that share its
 * ends, not with the number of globs. Globs with no literal end at all ({@code **}, {@code *}) are
 * tested against every path.
 *
 * <p>A glob that does not compile (the configuration validator reports those) is left out rather
 * than failing classification; {@link #skippedGlobs} lists them.
 */
public final class FeatureClassifier {
  /** One brace alternative of one glob of one feature. */
  private record CompiledGlob(int feature, int globIndex, PathGlob glob) {}

  private final ImmutableList<FeatureDefinition> features;
  private final CharTrie<CompiledGlob> byPrefix;
  private final CharTrie<CompiledGlob> bySuffix;
  private final ImmutableList<CompiledGlob> unindexed;
  private final ImmutableList<String> skippedGlobs;

  private FeatureClassifier(
      ImmutableList<FeatureDefinition> features,
      CharTrie<CompiledGlob> byPrefix,
      CharTrie<CompiledGlob> bySuffix,
      ImmutableList<CompiledGlob> unindexed,
      ImmutableList<String> skippedGlobs) {
    this.features = features;
    this.byPrefix = byPrefix;
    this.bySuffix = bySuffix;
    this.unindexed = unindexed;
    this.skippedGlobs = skippedGlobs;
  }

  /** Compiles the globs of {@code features}. */
  public static FeatureClassifier compile(ImmutableList<FeatureDefinition> features) {
    requireNonNull(features, "features");
    CharTrie.Builder<CompiledGlob> byPrefix = CharTrie.prefixes();
    CharTrie.Builder<CompiledGlob> bySuffix = CharTrie.suffixes();
    ImmutableList.Builder<CompiledGlob> unindexed = ImmutableList.builder();
    ImmutableList.Builder<String> skipped = ImmutableList.builder();
    for (int f = 0; f < features.size(); f++) {
      FeatureDefinition feature = features.get(f);
      for (int g = 0; g < feature.paths().size(); g++) {
        PathGlob glob;
        try {
          glob = PathGlob.compile(feature.paths().get(g));
        } catch (IllegalArgumentException e) {
          skipped.add("feature '" + feature.name() + "': " + e.getMessage());
          continue;
        }
        for (PathGlob alternative : glob.alternatives()) {
          CompiledGlob c = new CompiledGlob(f, g, alternative);
          String prefix = alternative.literalPrefix();
          String suffix = alternative.literalSuffix();
          if (!prefix.isEmpty() && prefix.length() >= suffix.length()) {
            byPrefix.add(prefix, c);
          } else if (!suffix.isEmpty()) {
            bySuffix.add(suffix, c);
          } else {
            unindexed.add(c);
          }
        }
      }
    }
    return new FeatureClassifier(
        features, byPrefix.build(), bySuffix.build(), unindexed.build(), skipped.build());
  }

  /**
   * The features whose globs match at least one of {@code paths}, in declaration order.
   *
   * @param paths repository-relative file paths, e.g. of a patch set; each counted once per
   *     occurrence
   */
  public FeatureMatch classify(Collection<String> paths) {
    requireNonNull(paths, "paths");
    if (features.isEmpty() || paths.isEmpty()) {
      return FeatureMatch.NONE;
    }
    Tally tally = new Tally(features.size());
    for (String path : paths) {
      tally.next(requireNonNull(path, "path"));
      byPrefix.forEachKeyStarting(path, tally);
      bySuffix.forEachKeyEnding(path, tally);
      unindexed.forEach(tally);
    }
    return tally.result();
  }

  /** The features this classifier was built from, in declaration order. */
  public ImmutableList<FeatureDefinition> features() {
    return features;
  }

  /** Globs that did not compile, each with its feature and what is wrong. */
  public ImmutableList<String> skippedGlobs() {
    return skippedGlobs;
  }

  /** Per-feature counters of one {@link #classify} call; visits candidate globs of each path. */
  private final class Tally implements Consumer<CompiledGlob> {
    private final int[] matchedPaths;
    private final int[] firstPathIndex;
    private final String[] firstPath;
    private final int[] firstGlob;

    /** The index of the last path a feature matched, so that a path counts once per feature. */
    private final int[] lastPathIndex;

    private String path;
    private int pathIndex = -1;

    Tally(int featureCount) {
      matchedPaths = new int[featureCount];
      firstPathIndex = new int[featureCount];
      firstPath = new String[featureCount];
      firstGlob = new int[featureCount];
      lastPathIndex = new int[featureCount];
      Arrays.fill(firstPathIndex, -1);
      Arrays.fill(lastPathIndex, -1);
    }

    void next(String path) {
      this.path = path;
      pathIndex++;
    }

    @Override
    public void accept(CompiledGlob c) {
      int f = c.feature();
      if (lastPathIndex[f] == pathIndex) {
        // Candidates come in trie order, not declaration order: on a feature's first path, keep
        // looking for an earlier glob so that the reason does not depend on the index layout.
        if (firstPathIndex[f] == pathIndex
            && c.globIndex() < firstGlob[f]
            && c.glob().matches(path)) {
          firstGlob[f] = c.globIndex();
        }
        return;
      }
      if (!c.glob().matches(path)) {
        return;
      }
      lastPathIndex[f] = pathIndex;
      matchedPaths[f]++;
      if (firstPathIndex[f] < 0) {
        firstPathIndex[f] = pathIndex;
        firstPath[f] = path;
        firstGlob[f] = c.globIndex();
      }
    }

    FeatureMatch result() {
      List<MatchedFeature> out = new ArrayList<>();
      for (int f = 0; f < features.size(); f++) {
        if (matchedPaths[f] > 0) {
          FeatureDefinition feature = features.get(f);
          out.add(
              new MatchedFeature(
                  feature, firstPath[f], feature.paths().get(firstGlob[f]), matchedPaths[f]));
        }
      }
      return out.isEmpty() ? FeatureMatch.NONE : new FeatureMatch(ImmutableList.copyOf(out));
    }
  }
}
