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
import com.googlesource.gerrit.plugins.communityhealth.chaoss.DashboardPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerPolicy;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.SupportMatrix;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Config;

/**
 * Describes a loaded policy key by key: the value in force and where it came from (the project
 * whose file set it, or {@link #DEFAULT_SOURCE}).
 */
public final class EffectiveConfig {
  public static final String DEFAULT_SOURCE = "default";

  /** A value in force: a string, or a list of strings for repeatable keys. */
  public record Value(Object value, String source) {
    public Value {
      requireNonNull(value, "value");
      requireNonNull(source, "source");
    }
  }

  /** A section in force. */
  public record Section(
      String section, Optional<String> name, String source, ImmutableMap<String, Value> values) {}

  public static ImmutableList<Section> describe(LoadedPolicy loaded) {
    ProjectPolicy policy = loaded.policy();
    ImmutableList.Builder<Section> out = ImmutableList.builder();
    for (FeatureDefinition f : policy.features()) {
      ImmutableMap.Builder<String, Object> fv =
          ImmutableMap.<String, Object>builder()
              .put(FeatureSection.KEY_TITLE, f.title())
              .put(FeatureSection.KEY_PATH, f.paths())
              .put(FeatureSection.KEY_MATURITY, ConfigEnums.name(f.maturity()))
              .put(FeatureSection.KEY_TESTING, ConfigEnums.name(f.testing()))
              .put(FeatureSection.KEY_DOCS, ConfigEnums.name(f.docs()))
              .put(FeatureSection.KEY_MAINTAINER, f.maintainers())
              .put(
                  FeatureSection.KEY_UNMAINTAINED_AFTER,
                  format(SupportMatrix.DEFAULT.unmaintainedAfter(f)));
      policy.matrixImports().stream()
          .filter(i -> i.feature().equals(f.name()))
          .findFirst()
          .ifPresent(i -> fv.put(FeatureSection.KEY_MATRIX, i.ref().toString()));
      Section s = section(loaded, FeatureSection.SECTION, Optional.of(f.name()), fv.buildOrThrow());
      MatrixImport applied = loaded.imported().get(f.name());
      out.add(applied == null ? s : importedFrom(s, applied));
    }
    for (FocusAreaDefinition a : policy.focusAreas()) {
      ImmutableMap.Builder<String, Object> v =
          ImmutableMap.<String, Object>builder()
              .put(FocusAreaSection.KEY_DESCRIPTION, a.description())
              .put(FocusAreaSection.KEY_QUERY, a.query())
              .put(FocusAreaSection.KEY_WEIGHT, Double.toString(a.weight()));
      a.until().ifPresent(u -> v.put(FocusAreaSection.KEY_UNTIL, u.toString()));
      a.link()
          .ifPresent(
              l ->
                  v.put(FocusAreaSection.KEY_LINK, l)
                      .put(FocusAreaSection.KEY_LEARN_WINDOW, format(a.learnWindow())));
      out.add(section(loaded, FocusAreaSection.SECTION, Optional.of(a.name()), v.buildOrThrow()));
    }
    NewcomerPolicy n = policy.newcomer();
    ImmutableMap.Builder<String, Object> nv =
        ImmutableMap.<String, Object>builder()
            .put(NewcomerSection.KEY_MAX_MERGED_CHANGES, Integer.toString(n.maxMergedChanges()))
            .put(NewcomerSection.KEY_WELCOME, Boolean.toString(n.welcome()));
    n.message().ifPresent(m -> nv.put(NewcomerSection.KEY_MESSAGE, m));
    n.guide().ifPresent(g -> nv.put(NewcomerSection.KEY_GUIDE, g));
    nv.put(NewcomerSection.KEY_MENTOR, n.mentors())
        .put(NewcomerSection.KEY_MENTOR_AS, ConfigEnums.name(n.mentorAs()))
        .put(NewcomerSection.KEY_EXEMPT_GROUP, n.exemptGroups());
    out.add(section(loaded, NewcomerSection.SECTION, Optional.empty(), nv.buildOrThrow()));

    ReviewPolicy r = policy.review();
    ImmutableMap.Builder<String, Object> rv =
        ImmutableMap.<String, Object>builder()
            .put(ReviewSection.KEY_IGNORED_AFTER, format(r.ignoredAfter()))
            .put(ReviewSection.KEY_NEWCOMER_IGNORED_AFTER, format(r.newcomerIgnoredAfter()))
            .put(ReviewSection.KEY_WORKING_DAYS, Boolean.toString(r.workingDays()));
    r.exempt().ifPresent(e -> rv.put(ReviewSection.KEY_EXEMPT, e));
    rv.put(ReviewSection.KEY_REMIND, Boolean.toString(r.remind()))
        .put(ReviewSection.KEY_ESCALATE, ConfigEnums.name(r.escalate()))
        .put(ReviewSection.KEY_AWAY_PATTERN, r.awayPattern().pattern())
        .put(ReviewSection.KEY_DRY_RUN, Boolean.toString(r.dryRun()));
    out.add(section(loaded, ReviewSection.SECTION, Optional.empty(), rv.buildOrThrow()));

    DashboardPolicy dash = policy.dashboard();
    ImmutableMap.Builder<String, Object> dv =
        ImmutableMap.<String, Object>builder()
            .put(DashboardSection.KEY_REVIEWER_STATS, ConfigEnums.name(dash.reviewerStats()));
    dash.coreGuide().ifPresent(g -> dv.put(DashboardSection.KEY_CORE_GUIDE, g));
    out.add(section(loaded, DashboardSection.SECTION, Optional.empty(), dv.buildOrThrow()));
    return out.build();
  }

  /** Marks the values a matrix import supplied with the matrix reference as their source. */
  private static Section importedFrom(Section s, MatrixImport applied) {
    ImmutableMap.Builder<String, Value> values = ImmutableMap.builder();
    s.values()
        .forEach(
            (key, v) ->
                values.put(
                    key,
                    applied.imports(key) ? new Value(v.value(), applied.ref().toString()) : v));
    return new Section(s.section(), s.name(), s.source(), values.buildOrThrow());
  }

  private static Section section(
      LoadedPolicy loaded,
      String section,
      Optional<String> name,
      ImmutableMap<String, Object> values) {
    Optional<String> source = loaded.inherited().source(section, name);
    Config cfg = loaded.inherited().config();
    String sub = name.orElse(null);
    ImmutableMap.Builder<String, Value> out = ImmutableMap.builder();
    values.forEach(
        (key, value) -> {
          boolean set = source.isPresent() && cfg.getStringList(section, sub, key).length > 0;
          if (value instanceof List<?> list && list.isEmpty() && !set) {
            return;
          }
          out.put(key, new Value(value, set ? source.get() : DEFAULT_SOURCE));
        });
    return new Section(section, name, source.orElse(DEFAULT_SOURCE), out.buildOrThrow());
  }

  /** A duration in the largest whole unit of Gerrit's syntax: {@code 7d}, {@code 36h}, ... */
  public static String format(Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + "ms";
    }
    long s = d.getSeconds();
    if (s % 86400 == 0) {
      return s / 86400 + "d";
    }
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "min";
    }
    return s + "s";
  }

  private EffectiveConfig() {}
}
