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

/** How far a target (a CI job, a driver) of a Nova feature matrix implements an operation. */
public enum TargetStatus {
  /** Fully implemented, and tested by the target's CI job. */
  COMPLETE,
  /** Implemented with caveats, or implemented but not tested by CI. */
  PARTIAL,
  /** Not implemented. */
  MISSING,
  /** Nobody knows. */
  UNKNOWN
}
