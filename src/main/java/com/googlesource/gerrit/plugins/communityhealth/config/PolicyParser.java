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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.DashboardPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerPolicy;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Config;

/**
 * Turns a {@code community-health.config} into a {@link ProjectPolicy}. The one definition of what
 * is valid: push validation and loading both call it.
 */
public final class PolicyParser {
  static final ImmutableList<String> SECTIONS =
      ImmutableList.of(
          FeatureSection.SECTION,
          FocusAreaSection.SECTION,
          NewcomerSection.SECTION,
          ReviewSection.SECTION,
          DashboardSection.SECTION);

  private PolicyParser() {}

  public static ParsedPolicy parse(Config cfg, ReferenceChecker refs) {
    List<ConfigProblem> problems = new ArrayList<>();
    ImmutableList.Builder<FeatureDefinition> features = ImmutableList.builder();
    ImmutableList.Builder<MatrixImport> matrixImports = ImmutableList.builder();
    ImmutableList.Builder<FocusAreaDefinition> focusAreas = ImmutableList.builder();
    NewcomerPolicy newcomer = NewcomerPolicy.DEFAULT;
    ReviewPolicy review = ReviewPolicy.DEFAULT;
    DashboardPolicy dashboard = DashboardPolicy.DEFAULT;

    for (String section : cfg.getSections()) {
      String known = canonical(section);
      if (known == null) {
        problems.add(
            ConfigProblem.of(
                section,
                null,
                null,
                "unknown section; known sections are " + String.join(", ", SECTIONS)));
        continue;
      }
      boolean named =
          known.equals(FeatureSection.SECTION) || known.equals(FocusAreaSection.SECTION);
      if (named) {
        if (!cfg.getNames(section, null).isEmpty()) {
          problems.add(
              ConfigProblem.of(known, null, null, "needs a name, like [" + known + " \"NAME\"]"));
        }
        for (String name : cfg.getSubsections(section)) {
          SectionReader r = new SectionReader(cfg, known, name, problems::add);
          if (known.equals(FeatureSection.SECTION)) {
            FeatureSection.Parsed feature = FeatureSection.parse(name, r, refs);
            features.add(feature.definition());
            feature.matrix().ifPresent(matrixImports::add);
          } else {
            focusAreas.add(FocusAreaSection.parse(name, r, refs));
          }
        }
      } else {
        for (String name : cfg.getSubsections(section)) {
          problems.add(
              ConfigProblem.of(
                  known, name, null, "takes no name; write [" + known + "] without one"));
        }
        SectionReader r = new SectionReader(cfg, known, null, problems::add);
        if (known.equals(NewcomerSection.SECTION)) {
          newcomer = NewcomerSection.parse(r, refs);
        } else if (known.equals(DashboardSection.SECTION)) {
          dashboard = DashboardSection.parse(r);
        } else {
          review = ReviewSection.parse(r, refs);
        }
      }
    }
    return new ParsedPolicy(
        new ProjectPolicy(
            features.build(),
            focusAreas.build(),
            newcomer,
            review,
            matrixImports.build(),
            dashboard),
        ImmutableList.copyOf(problems));
  }

  /** The canonical spelling of a known section (config section names ignore case), or null. */
  static String canonical(String section) {
    return SECTIONS.stream().filter(s -> s.equalsIgnoreCase(section)).findFirst().orElse(null);
  }
}
