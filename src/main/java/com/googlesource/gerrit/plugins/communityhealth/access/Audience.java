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

package com.googlesource.gerrit.plugins.communityhealth.access;

/**
 * The widest kind of reader of a branch, from the most open to the least. What the plugin derives
 * for a change from <em>other</em> changes (an owner's merged count, a mentor's time zone or load)
 * may only use changes that every reader of the change can read too: {@link #mayUse} is that rule.
 */
public enum Audience {
  /** Anonymous visitors may read the branch. */
  ANONYMOUS,
  /** Every registered user may read it (anonymous visitors may not). */
  REGISTERED,
  /** Only some users (groups, owners) may read it. */
  RESTRICTED;

  /**
   * Whether a fact from a change on a branch whose audience is {@code other} may be shown to the
   * readers of a change on a branch whose audience is this one (and which is on another branch:
   * changes on the same branch share their readers). Every reader of a {@link #RESTRICTED} branch
   * is a registered user, so they may be shown what all registered users may read.
   */
  public boolean mayUse(Audience other) {
    Audience widest = this == RESTRICTED ? REGISTERED : this;
    return other.ordinal() <= widest.ordinal();
  }
}
