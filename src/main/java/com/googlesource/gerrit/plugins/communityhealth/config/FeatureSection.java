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
import com.googlesource.gerrit.plugins.communityhealth.tier.Docs;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixRef;
import com.googlesource.gerrit.plugins.communityhealth.tier.Maturity;
import com.googlesource.gerrit.plugins.communityhealth.tier.PathGlob;
import com.googlesource.gerrit.plugins.communityhealth.tier.Testing;
import java.time.Duration;
import java.util.Optional;

/** Parses {@code [feature "NAME"]}. */
final class FeatureSection {
  static final String SECTION = "feature";
  static final String KEY_TITLE = "title";
  static final String KEY_PATH = "path";
  static final String KEY_MATURITY = "maturity";
  static final String KEY_TESTING = "testing";
  static final String KEY_DOCS = "docs";
  static final String KEY_MAINTAINER = "maintainer";
  static final String KEY_UNMAINTAINED_AFTER = "unmaintainedAfter";
  static final String KEY_MATRIX = "matrix";
  static final ImmutableList<String> KEYS =
      ImmutableList.of(
          KEY_TITLE,
          KEY_PATH,
          KEY_MATURITY,
          KEY_TESTING,
          KEY_DOCS,
          KEY_MAINTAINER,
          KEY_UNMAINTAINED_AFTER,
          KEY_MATRIX);

  static final Maturity DEFAULT_MATURITY = Maturity.EXPERIMENTAL;
  static final Testing DEFAULT_TESTING = Testing.UNKNOWN;
  static final Docs DEFAULT_DOCS = Docs.NONE;

  /** A parsed section: the feature as declared, and where its tier comes from, if anywhere. */
  record Parsed(FeatureDefinition definition, Optional<MatrixImport> matrix) {}

  static Parsed parse(String name, SectionReader r, ReferenceChecker refs) {
    r.rejectUnknownKeys(KEYS);
    ImmutableList<String> paths = r.strings(KEY_PATH);
    if (paths.isEmpty()) {
      r.problem(KEY_PATH, "is missing; a feature needs at least one path glob");
    }
    for (String glob : paths) {
      try {
        PathGlob.compile(glob);
      } catch (IllegalArgumentException e) {
        r.problem(KEY_PATH, e.getMessage());
      }
    }
    ImmutableList<String> maintainers = r.strings(KEY_MAINTAINER);
    for (String maintainer : maintainers) {
      refs.checkPerson(maintainer).ifPresent(p -> r.problem(KEY_MAINTAINER, p));
    }
    // Unset means the support matrix's default; a bad value is reported and means the same.
    Optional<Duration> unmaintainedAfter =
        Optional.ofNullable(r.duration(KEY_UNMAINTAINED_AFTER, null));
    FeatureDefinition definition =
        new FeatureDefinition(
            name,
            r.string(KEY_TITLE).orElse(name),
            paths,
            r.enumValue(KEY_MATURITY, Maturity.class, DEFAULT_MATURITY),
            r.enumValue(KEY_TESTING, Testing.class, DEFAULT_TESTING),
            r.enumValue(KEY_DOCS, Docs.class, DEFAULT_DOCS),
            maintainers,
            unmaintainedAfter);
    return new Parsed(definition, matrixImport(name, r));
  }

  /** The {@code matrix} key; only its syntax is checked here, the file is read at run time. */
  private static Optional<MatrixImport> matrixImport(String name, SectionReader r) {
    Optional<String> raw = r.string(KEY_MATRIX);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    MatrixRef ref;
    try {
      ref = MatrixRef.parse(raw.get());
    } catch (IllegalArgumentException e) {
      // Git config cuts an unquoted value at '#': the commonest mistake, so say so.
      String hint =
          raw.get().contains("#")
              ? ""
              : "; in this file '#' starts a comment unless the value is in double quotes:"
                  + " matrix = \"PATH#SECTION\"";
      r.problem(KEY_MATRIX, e.getMessage() + hint);
      return Optional.empty();
    }
    return Optional.of(
        new MatrixImport(
            name,
            ref,
            r.isSet(KEY_TITLE),
            r.isSet(KEY_MATURITY),
            r.isSet(KEY_TESTING),
            r.isSet(KEY_DOCS)));
  }

  private FeatureSection() {}
}
