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

package com.googlesource.gerrit.plugins.communityhealth.config;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Config;

/**
 * The configuration a project sees: its own sections and those it inherits, where a child's section
 * of the same kind and name replaces the parent's as a whole. Remembers which project each section
 * came from.
 */
public final class InheritedConfig {
  /** A section by kind (canonical spelling where known) and optional name. */
  public record SectionKey(String section, Optional<String> name) {
    public SectionKey {
      requireNonNull(section, "section");
      requireNonNull(name, "name");
    }
  }

  /** One level of the hierarchy: a project and its own file. */
  public record Level(String project, Config config) {
    public Level {
      requireNonNull(project, "project");
      requireNonNull(config, "config");
    }
  }

  private final Config merged;
  private final ImmutableMap<SectionKey, String> sources;

  private InheritedConfig(Config merged, ImmutableMap<SectionKey, String> sources) {
    this.merged = merged;
    this.sources = sources;
  }

  /** Merges levels ordered from the root (All-Projects) down to the project itself. */
  public static InheritedConfig merge(ImmutableList<Level> rootFirst) {
    Map<SectionKey, Level> winners = new LinkedHashMap<>();
    for (Level level : rootFirst) {
      Config cfg = level.config();
      for (String section : cfg.getSections()) {
        if (!cfg.getNames(section, null).isEmpty()) {
          put(winners, key(section, null), level);
        }
        for (String name : cfg.getSubsections(section)) {
          put(winners, key(section, name), level);
        }
      }
    }
    Config merged = new Config();
    ImmutableMap.Builder<SectionKey, String> sources = ImmutableMap.builder();
    for (Map.Entry<SectionKey, Level> e : winners.entrySet()) {
      SectionKey k = e.getKey();
      Config from = e.getValue().config();
      String sub = k.name().orElse(null);
      for (String rawSection : from.getSections()) {
        if (!canonicalSection(rawSection).equals(k.section())) {
          continue;
        }
        for (String name : from.getNames(rawSection, sub)) {
          merged.setStringList(
              k.section(), sub, name, Arrays.asList(from.getStringList(rawSection, sub, name)));
        }
      }
      sources.put(k, e.getValue().project());
    }
    return new InheritedConfig(merged, sources.buildOrThrow());
  }

  private static void put(Map<SectionKey, Level> winners, SectionKey key, Level level) {
    // Remove first so that iteration order follows the level that defined the section last.
    winners.remove(key);
    winners.put(key, level);
  }

  private static SectionKey key(String section, String name) {
    return new SectionKey(canonicalSection(section), Optional.ofNullable(name));
  }

  private static String canonicalSection(String section) {
    String known = PolicyParser.canonical(section);
    return known != null ? known : section;
  }

  /** The merged configuration; callers must not modify it. */
  public Config config() {
    return merged;
  }

  /** The project a section came from, if any level defines it. */
  public Optional<String> source(String section, Optional<String> name) {
    return Optional.ofNullable(sources.get(new SectionKey(section, name)));
  }
}
