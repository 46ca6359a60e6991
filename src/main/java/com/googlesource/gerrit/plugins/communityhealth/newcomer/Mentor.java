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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A configured mentor, as an adapter resolved them from the {@code mentor} keys.
 *
 * @param accountId the Gerrit account id
 * @param displayName the name to show people
 * @param utcOffset the mentor's UTC offset, learned from their recent commits or configured; empty
 *     when unknown
 * @param load the number of open changes this mentor currently mentors
 * @param status the Gerrit account status, e.g. {@code On vacation until May}; empty when unset
 */
public record Mentor(
    int accountId,
    String displayName,
    Optional<ZoneOffset> utcOffset,
    int load,
    Optional<String> status) {
  public Mentor {
    requireNonNull(displayName, "displayName");
    requireNonNull(utcOffset, "utcOffset");
    requireNonNull(status, "status");
    checkArgument(load >= 0, "load must not be negative: %s", load);
  }
}
