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

import com.google.gerrit.extensions.common.PluginDefinedInfo;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;

/**
 * The plugin's attribute in {@code ChangeInfo.plugins}: the signals of one change, without their
 * reasons (those are in {@link SignalsInfo}). Fields that do not apply are absent.
 */
public class ChangeHealthInfo extends PluginDefinedInfo {
  /** The features the current patch set touches: name, maturity and testing only. */
  public List<FeatureInfo> features;

  /** The weakest maturity among the touched features; absent when none. */
  public String tier;

  /** Whether a touched feature's testing is below {@code regularly-tested}. */
  public Boolean untestedUpstream;

  /** The focus areas the current patch set matches, best first. */
  public List<FocusAreaRefInfo> focusAreas;

  /** Whether the owner is a newcomer. */
  public Boolean newcomer;

  /** Since when the change waits on reviewers; absent when it does not. */
  public Timestamp waitingSince;

  /** Whether the change has waited on reviewers longer than the project allows. */
  public Boolean ignored;

  /** A focus area matched by a change, with a score from 0 to 1. */
  public static class FocusAreaRefInfo {
    public String name;
    public Double score;

    /** True when the area's {@code link} selects the change; absent otherwise. */
    public Boolean linked;

    @Override
    public boolean equals(Object o) {
      return o instanceof FocusAreaRefInfo f
          && Objects.equals(name, f.name)
          && Objects.equals(score, f.score)
          && Objects.equals(linked, f.linked);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, score, linked);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChangeHealthInfo c
        && super.equals(o)
        && Objects.equals(features, c.features)
        && Objects.equals(tier, c.tier)
        && Objects.equals(untestedUpstream, c.untestedUpstream)
        && Objects.equals(focusAreas, c.focusAreas)
        && Objects.equals(newcomer, c.newcomer)
        && Objects.equals(waitingSince, c.waitingSince)
        && Objects.equals(ignored, c.ignored);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        super.hashCode(),
        features,
        tier,
        untestedUpstream,
        focusAreas,
        newcomer,
        waitingSince,
        ignored);
  }
}
