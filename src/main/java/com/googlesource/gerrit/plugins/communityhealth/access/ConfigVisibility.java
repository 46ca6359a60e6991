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

package com.googlesource.gerrit.plugins.communityhealth.access;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;

/**
 * How much of a project's {@code community-health.config} a caller may see, and the one rule that
 * cuts the plugin's config-derived outputs ({@code ~config}, {@code ~features}, the preview) down
 * to it.
 *
 * <p>Gerrit shows the file only to those who may read {@code refs/meta/config}; they see it all,
 * with sources. Everyone else sees at most what the signals of the changes they can read already
 * tell them: each feature's name with its tier ({@code maturity}) and {@code testing}, and each
 * focus area's name and description. No maintainer, mentor, exemption group or query, away pattern,
 * message, path, source project or problem.
 */
public enum ConfigVisibility {
  /** May read {@code refs/meta/config}: everything, with where each value came from. */
  FULL,
  /** May see the project but not its {@code refs/meta/config}: what the signals show. */
  SIGNALS_ONLY;

  /** Feature keys a {@link #SIGNALS_ONLY} caller sees; the signals show them on every change. */
  public static final ImmutableSet<String> PUBLIC_FEATURE_KEYS =
      ImmutableSet.of("maturity", "testing");

  /** Focus-area keys a {@link #SIGNALS_ONLY} caller sees. */
  public static final ImmutableSet<String> PUBLIC_FOCUS_AREA_KEYS = ImmutableSet.of("description");

  /** Placed where a source would be, for callers who may not learn where a value came from. */
  public static final String HIDDEN_SOURCE = "hidden";

  public boolean full() {
    return this == FULL;
  }

  /** Whether a caller with this visibility may see {@code section.key}. */
  public boolean mayShow(String section, String key) {
    if (full()) {
      return true;
    }
    return switch (section) {
      case "feature" -> PUBLIC_FEATURE_KEYS.contains(key);
      case "focusArea" -> PUBLIC_FOCUS_AREA_KEYS.contains(key);
      default -> false;
    };
  }

  /**
   * The sections this caller may see: all of them for {@link #FULL}; for {@link #SIGNALS_ONLY} the
   * feature and focus-area sections with only their public keys, sources replaced by {@link
   * #HIDDEN_SOURCE}, and no other section.
   */
  public ImmutableList<EffectiveConfig.Section> visible(
      ImmutableList<EffectiveConfig.Section> sections) {
    if (full()) {
      return sections;
    }
    ImmutableList.Builder<EffectiveConfig.Section> out = ImmutableList.builder();
    for (EffectiveConfig.Section s : sections) {
      ImmutableMap.Builder<String, EffectiveConfig.Value> values = ImmutableMap.builder();
      s.values()
          .forEach(
              (key, v) -> {
                if (mayShow(s.section(), key)) {
                  values.put(key, new EffectiveConfig.Value(v.value(), HIDDEN_SOURCE));
                }
              });
      ImmutableMap<String, EffectiveConfig.Value> kept = values.buildOrThrow();
      if (!kept.isEmpty()) {
        out.add(new EffectiveConfig.Section(s.section(), s.name(), HIDDEN_SOURCE, kept));
      }
    }
    return out.build();
  }

}
