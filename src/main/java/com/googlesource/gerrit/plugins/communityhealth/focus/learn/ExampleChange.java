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

package com.googlesource.gerrit.plugins.communityhealth.focus.learn;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;

/**
 * One of a project's recent changes that a learner indexes.
 *
 * @param number the change number, to name it as a neighbour and to leave a change out of its own
 *     neighbours
 * @param text its current patch set's text, as the matcher reads it
 * @param areas the focus areas whose {@code link} selects it; empty for the project's other changes
 */
public record ExampleChange(int number, PatchSetText text, ImmutableSet<String> areas) {
  public ExampleChange {
    requireNonNull(text, "text");
    requireNonNull(areas, "areas");
  }
}
