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

/**
 * A term of a patch set that made it look like an area's linked changes.
 *
 * @param field the focus field it is in ({@code message}, {@code path}, ...)
 * @param term the term as indexed (stemmed words, whole paths, directory and file names)
 * @param worth how telling it is, relative to the patch set's most telling term (1): frequent in
 *     the patch set and rare in the project's recent changes counts for more
 */
public record Clue(String field, String term, double worth) {
  public Clue {
    requireNonNull(field, "field");
    requireNonNull(term, "term");
  }
}
