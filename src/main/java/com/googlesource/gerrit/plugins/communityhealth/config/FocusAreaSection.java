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
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusQueryParser;
import com.googlesource.gerrit.plugins.communityhealth.focus.InvalidFocusQueryException;
import java.util.Optional;

/** Parses {@code [focusArea "NAME"]}. */
final class FocusAreaSection {
  static final String SECTION = "focusArea";
  static final String KEY_DESCRIPTION = "description";
  static final String KEY_QUERY = "query";
  static final String KEY_WEIGHT = "weight";
  static final String KEY_UNTIL = "until";
  static final String KEY_LINK = "link";
  static final String KEY_LEARN_WINDOW = "learnWindow";
  static final ImmutableList<String> KEYS =
      ImmutableList.of(
          KEY_DESCRIPTION, KEY_QUERY, KEY_WEIGHT, KEY_UNTIL, KEY_LINK, KEY_LEARN_WINDOW);

  static final double DEFAULT_WEIGHT = 1.0;

  static FocusAreaDefinition parse(String name, SectionReader r, ReferenceChecker refs) {
    r.rejectUnknownKeys(KEYS);
    String query = r.string(KEY_QUERY).orElse("");
    if (query.isEmpty()) {
      r.problem(KEY_QUERY, "is missing; a focus area needs a query");
    } else {
      // The matcher compiles queries with the same parser: what passes here runs there.
      try {
        new FocusQueryParser().parse(query);
      } catch (InvalidFocusQueryException e) {
        r.problem(
            KEY_QUERY,
            "'"
                + query
                + "' is not a valid focus query: "
                + e.reason()
                + " (at column "
                + e.column()
                + ")");
      }
    }
    // A link is a Gerrit change query, checked like [review] exempt: what passes runs per change.
    Optional<String> link = r.string(KEY_LINK);
    link.flatMap(refs::checkChangeQuery).ifPresent(p -> r.problem(KEY_LINK, p));
    return new FocusAreaDefinition(
        name,
        r.string(KEY_DESCRIPTION).orElse(""),
        query,
        r.positiveNumber(KEY_WEIGHT, DEFAULT_WEIGHT),
        r.date(KEY_UNTIL),
        link,
        r.duration(KEY_LEARN_WINDOW, FocusAreaDefinition.DEFAULT_LEARN_WINDOW));
  }

  private FocusAreaSection() {}
}
