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

import java.time.Duration;
import java.util.Optional;

/**
 * A mentor chosen for a newcomer, and why.
 *
 * @param mentor the mentor
 * @param overlap daily working-hours overlap with the newcomer; empty when either time zone is
 *     unknown
 * @param reason for the signals explanation, e.g. {@code 6 h 30 min working-hours overlap
 *     (UTC+04:00 and UTC+05:30), mentoring 2 open changes}
 */
public record PickedMentor(Mentor mentor, Optional<Duration> overlap, String reason) {
  public PickedMentor {
    requireNonNull(mentor, "mentor");
    requireNonNull(overlap, "overlap");
    requireNonNull(reason, "reason");
  }
}
