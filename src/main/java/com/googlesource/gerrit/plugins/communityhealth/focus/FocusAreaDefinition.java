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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A focus area as declared in a {@code [focusArea "NAME"]} section.
 *
 * @param name the subsection name
 * @param description what the area is about, for people
 * @param query the Lucene query over {@code subject}, {@code message}, {@code path}, {@code topic}
 *     and {@code hashtag}, as configured
 * @param weight how much a match raises a change in the review queue
 * @param until last day (inclusive) on which the area applies; empty: no end
 * @param link a Gerrit change query: the changes it selects are in the area outright, and the area
 *     learns from them; empty: the area has only its query
 * @param learnWindow how far back the area learns from the changes its link selects
 */
public record FocusAreaDefinition(
    String name,
    String description,
    String query,
    double weight,
    Optional<LocalDate> until,
    Optional<String> link,
    Duration learnWindow) {
  /** How far back an area learns from its linked changes unless it says otherwise. */
  public static final Duration DEFAULT_LEARN_WINDOW = Duration.ofDays(180);

  public FocusAreaDefinition {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(query, "query");
    requireNonNull(until, "until");
    requireNonNull(link, "link");
    requireNonNull(learnWindow, "learnWindow");
  }

  /** An area without a link. */
  public FocusAreaDefinition(
      String name, String description, String query, double weight, Optional<LocalDate> until) {
    this(name, description, query, weight, until, Optional.empty(), DEFAULT_LEARN_WINDOW);
  }

  /** Whether the area still applies on {@code day}. */
  public boolean isActiveOn(LocalDate day) {
    return until.map(last -> !day.isAfter(last)).orElse(true);
  }
}
