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

import static java.util.Objects.requireNonNull;

/**
 * Whether a change owner is a newcomer, and why: the reason is shown to people as it is (the
 * signals explanation, the chip's tooltip).
 *
 * @param newcomer whether the owner counts as a newcomer
 * @param basis which rule decided
 * @param reason one short sentence fragment, e.g. {@code 2 merged changes on this server, fewer
 *     than 3}
 */
public record NewcomerDecision(boolean newcomer, Basis basis, String reason) {
  /** The rule that decided, in the order the rules are tried. */
  public enum Basis {
    /** Service users are bots and never newcomers. */
    SERVICE_USER,
    /** Members of a configured exempt group are never newcomers. */
    EXEMPT_GROUP,
    /** {@code maxMergedChanges = 0}: nobody is a newcomer. */
    DISABLED,
    /** The number of merged changes on the server decided. */
    MERGED_CHANGES
  }

  public NewcomerDecision {
    requireNonNull(basis, "basis");
    requireNonNull(reason, "reason");
  }
}
