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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static java.util.Objects.requireNonNull;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Someone the plugin may bring onto a change: a maintainer or a mentor.
 *
 * @param accountId the Gerrit account id
 * @param displayName the name to show; user-provided, so escape it before putting it in a message
 * @param status the Gerrit account status (e.g. "on vacation until May"), if set
 * @param utcOffset the UTC offset of their own recent commits, if known: where their working day
 *     falls (see {@link EscalationPicker})
 */
public record Person(
    int accountId, String displayName, Optional<String> status, Optional<ZoneOffset> utcOffset) {
  public Person {
    requireNonNull(displayName, "displayName");
    requireNonNull(status, "status");
    requireNonNull(utcOffset, "utcOffset");
  }

  /** Someone whose time zone is unknown. */
  public Person(int accountId, String displayName, Optional<String> status) {
    this(accountId, displayName, status, Optional.empty());
  }
}
