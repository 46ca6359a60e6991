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

/**
 * The support matrix of a project, as returned by {@code GET
 * /projects/{project}/community-health~features}: every feature in force with its declared tier
 * beside what the changes touching it show. Only changes the caller can see are counted.
 */
public class FeaturesInfo {
  /** The project. */
  public String project;

  /** The activity window in days ({@code ?window=}, 90 by default). */
  public int windowDays;

  /** One entry per feature in force, in declaration order; absent when there are none. */
  public List<FeatureInfo> features;

  /**
   * True when more changes matched than the plugin reads for one matrix, so that the least recently
   * updated were left out; absent otherwise.
   */
  public Boolean truncated;
}
