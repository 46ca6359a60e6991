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

/**
 * How far a feature has come, after Nova's feature classification. Declared weakest first: the tier
 * of a change is the minimum over the features it touches.
 */
public enum Maturity {
  /** Scheduled for removal. */
  DEPRECATED,
  /** Not enough functionality for real use. */
  INCOMPLETE,
  /** Little or no upstream testing; use with extreme caution. */
  EXPERIMENTAL,
  /** API and admin docs, integration tests, expected long-term support. */
  COMPLETE,
  /** Complete, and required of every new driver. */
  REQUIRED;

  public boolean isWeakerThan(Maturity other) {
    return compareTo(other) < 0;
  }
}
