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

/**
 * One piece of a patch set that a focus query matched: the words as written (not stemmed), or the
 * whole path.
 *
 * @param field {@code subject}, {@code message}, {@code path}, {@code topic} or {@code hashtag}
 * @param text the matched words ({@code upgrading}, {@code online data migration}) or the path
 * @param worth what the clue that matched counts for as evidence, by its kind ({@link ClueWorth}):
 *     1 for a word or a file name, 1.5 for a phrase or code word, or a path in the area's code
 */
public record FocusHit(String field, String text, double worth) {
  public FocusHit {
    requireNonNull(field, "field");
    requireNonNull(text, "text");
  }

  /** A hit worth one word. */
  public FocusHit(String field, String text) {
    this(field, text, ClueWorth.WORD);
  }
}
