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
 */
public record FocusHit(String field, String text) {
  public FocusHit {
    requireNonNull(field, "field");
    requireNonNull(text, "text");
  }
}
