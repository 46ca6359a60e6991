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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something a feature's maintainer did on a change that touches the feature.
 *
 * @param maintainer the maintainer's account, as the activity loader names it
 * @param at when
 * @param kind what
 */
public record MaintainerAction(String maintainer, Instant at, Kind kind) {
  public enum Kind {
    /** Voted or commented. */
    REVIEW,
    /** Submitted the change. */
    MERGE
  }

  public MaintainerAction {
    requireNonNull(maintainer, "maintainer");
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
  }
}
