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

package com.googlesource.gerrit.plugins.communityhealth.chaoss;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One change as the community metrics see it.
 *
 * @param owner the owner's account id
 * @param created when the change was uploaded
 * @param firstResponse the first human response by someone other than the owner (CHAOSS "first
 *     response"; bots never count)
 * @param newcomerAtCreation whether the owner was a newcomer when the change was created
 */
public record ChangeHistory(
    int owner, Instant created, Optional<Instant> firstResponse, boolean newcomerAtCreation) {
  public ChangeHistory {
    requireNonNull(created, "created");
    requireNonNull(firstResponse, "firstResponse");
  }
}
