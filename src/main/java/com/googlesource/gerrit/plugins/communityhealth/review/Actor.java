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

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Who did something on a change: an account, or Gerrit itself.
 *
 * <p>Gerrit writes some messages with no account (the server's own identity, e.g. when it merges a
 * change on submit). Those are {@link #SERVER}, which is never a human.
 *
 * @param accountId the Gerrit account id; {@code 0} only for {@link #SERVER}
 * @param server whether this is Gerrit itself rather than an account
 */
public record Actor(int accountId, boolean server) {
  /** Gerrit itself, acting with no account. */
  public static final Actor SERVER = new Actor(0, true);

  public Actor {
    checkArgument(
        server ? accountId == 0 : accountId > 0,
        "account id %s is invalid for %s",
        accountId,
        server ? "the server" : "an account");
  }

  /** An account, by its Gerrit account id. */
  public static Actor account(int accountId) {
    return new Actor(accountId, false);
  }

  /** Whether this actor is the given account. */
  public boolean is(int otherAccountId) {
    return !server && accountId == otherAccountId;
  }
}
