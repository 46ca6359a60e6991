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

package com.googlesource.gerrit.plugins.communityhealth.change;

import static java.util.Objects.requireNonNull;

import com.google.gerrit.server.query.change.ChangeData;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The one cache key for values computed from one state of a change: every per-change cache
 * (signals, activity, first response, reminded) keys on it, so that a new patch set, vote or
 * message (a new meta revision) or an edited policy (a new policy revision) misses in all of them
 * alike.
 *
 * @param project the change's project
 * @param change the change number
 * @param metaRevision the change's NoteDb meta ref revision (an id, not its hex name: keys are made
 *     for every change of a page of results, and an id hashes and compares without a new string)
 * @param policyRevision the revision of the project's effective policy ({@link
 *     LoadedPolicy#revision}), or {@link #ANY_POLICY} for values that do not depend on it
 */
public record ChangeRevisionKey(
    String project, int change, ObjectId metaRevision, String policyRevision) {
  /** The policy revision of a value that does not depend on the project's policy. */
  public static final String ANY_POLICY = "";

  public ChangeRevisionKey {
    requireNonNull(project, "project");
    requireNonNull(metaRevision, "metaRevision");
    requireNonNull(policyRevision, "policyRevision");
  }

  /** The key of {@code cd}'s current state under {@code policy}. */
  public static ChangeRevisionKey of(ChangeData cd, LoadedPolicy policy) {
    return of(cd, policy.revision());
  }

  /** The key of {@code cd}'s current state, for a value that does not depend on the policy. */
  public static ChangeRevisionKey of(ChangeData cd) {
    return of(cd, ANY_POLICY);
  }

  /**
   * The key of {@code cd}'s current state under a policy revision extended by what else the value
   * depends on (e.g. the version of what focus areas learned).
   */
  public static ChangeRevisionKey of(ChangeData cd, String policyRevision) {
    return new ChangeRevisionKey(
        cd.project().get(), cd.getId().get(), cd.metaRevisionOrThrow().copy(), policyRevision);
  }
}
