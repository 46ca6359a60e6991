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

package com.googlesource.gerrit.plugins.communityhealth.api;

import java.util.List;

/** The answer of {@code POST /projects/{project}/community-health~focus-refresh}. */
public class FocusRefreshInfo {
  /** Recent open and merged changes of the project that were read, linked or not. */
  public Integer changes;

  /**
   * How long the project's one learning pass took, in milliseconds: reading the recent changes and
   * indexing them, once for all the areas.
   */
  public Long tookMs;

  /** Each focus area with a {@code link}, in configuration order. */
  public List<AreaInfo> areas;

  /** What one area learned from. */
  public static class AreaInfo {
    public String name;

    /** How many of the recent changes the area's link selects (within its learnWindow). */
    public Integer linkedChanges;

    /**
     * The project's {@link FocusRefreshInfo#tookMs} again, the same in every area: not this area's
     * own time. All the areas share one pass (the recent changes are read once and put in one
     * index, and every area learns from that index), so no part of the time belongs to one area.
     */
    public Long tookMs;
  }
}
