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

/** The deployment rating of a feature (Nova's vocabulary), weakest first. */
public enum Testing {
  UNKNOWN,
  /** No tests. */
  NOT_IMPLEMENTED,
  /** Self-declared passing. */
  IMPLEMENTED,
  /** Tested by third-party CI. */
  REGULARLY_TESTED,
  /** Tested in the check or gate queue. */
  CHECKED;

  /** Below regularly-tested: a change touching such a feature is untested upstream. */
  public boolean isUntestedUpstream() {
    return compareTo(REGULARLY_TESTED) < 0;
  }
}
