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

/**
 * One way of deciding which focus areas a change serves, measured by {@link AccuracyBenchmark}. A
 * mode is prepared once with the areas as configured and the first half's changes, whose labels
 * stand for the links their messages carried ({@code Implements: blueprint X}); a mode that does
 * not learn ignores them. It then classifies the held-out changes, whose labels it never sees.
 */
public interface AccuracyMode {
  /** The name printed in the report: {@code words only}, {@code naive baseline}, ... */
  String name();

  /**
   * @param areas the focus areas, as the configuration defines them
   * @param linked the first half: each change with the areas its links name
   */
  Classifier prepare(
      ImmutableList<FocusAreaDefinition> areas, ImmutableList<LabelledChange> linked);

  /** A prepared mode. */
  interface Classifier {
    /** The areas {@code change} serves; its labels must not be read. */
    ImmutableSet<String> areas(LabelledChange change);
  }
}
