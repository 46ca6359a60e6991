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

import java.time.Instant;

/**
 * A change's state now, as Gerrit reports it; the timeline's events say how it got there.
 *
 * @param owner the change owner
 * @param open whether the change is open (neither merged nor abandoned)
 * @param workInProgress whether the change is work in progress
 * @param isPrivate whether the change is private
 * @param latestPatchSetAt when the current patch set was created
 */
public record ChangeState(
    Actor owner,
    boolean open,
    boolean workInProgress,
    boolean isPrivate,
    Instant latestPatchSetAt) {
  public ChangeState {
    requireNonNull(owner, "owner");
    requireNonNull(latestPatchSetAt, "latestPatchSetAt");
  }

  /** An open change, ready for review and public. */
  public static ChangeState openChange(Actor owner, Instant latestPatchSetAt) {
    return new ChangeState(owner, true, false, false, latestPatchSetAt);
  }
}
