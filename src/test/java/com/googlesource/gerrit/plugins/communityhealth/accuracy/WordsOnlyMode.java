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
package com.googlesource.gerrit.plugins.communityhealth.accuracy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import java.time.LocalDate;

/** The admin's queries alone, through the plugin's own {@link FocusMatcher}: what Gerrit runs. */
public final class WordsOnlyMode implements AccuracyMode {
  @Override
  public String name() {
    return "words only";
  }

  @Override
  public Classifier prepare(
      ImmutableList<FocusAreaDefinition> areas, ImmutableList<LabelledChange> linked) {
    FocusMatcher matcher = matcher(areas);
    return change ->
        matcher.match(change.text()).stream()
            .map(FocusMatch::area)
            .collect(ImmutableSet.toImmutableSet());
  }

  /** The plugin's matcher of {@code areas}, as of the Kilo cycle; every query must compile. */
  static FocusMatcher matcher(ImmutableList<FocusAreaDefinition> areas) {
    FocusMatcher matcher = FocusMatcher.create(areas, LocalDate.of(2015, 1, 1));
    if (!matcher.invalidAreas().isEmpty()) {
      throw new IllegalArgumentException("invalid focus queries: " + matcher.invalidAreas());
    }
    return matcher;
  }
}
