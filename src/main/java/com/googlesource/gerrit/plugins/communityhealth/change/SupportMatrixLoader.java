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

import com.google.common.collect.ImmutableList;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureSupport;
import com.googlesource.gerrit.plugins.communityhealth.tier.SupportMatrix;
import java.time.Duration;
import java.time.Instant;

/**
 * A project's support matrix as a viewer sees it: each feature in force beside what the changes
 * touching it, that the viewer can read, show over a window ({@link SupportMatrix} over {@link
 * ActivityLoader}).
 */
@Singleton
public class SupportMatrixLoader {
  /**
   * @param rows one per feature in force, in declaration order
   * @param truncated more changes matched than are read for one matrix; the least recently updated
   *     were left out
   */
  public record Report(ImmutableList<FeatureSupport> rows, boolean truncated) {
    public Report {
      requireNonNull(rows, "rows");
    }
  }

  private final ActivityLoader activityLoader;

  @Inject
  SupportMatrixLoader(ActivityLoader activityLoader) {
    this.activityLoader = activityLoader;
  }

  public Report load(
      Project.NameKey project,
      LoadedPolicy policy,
      Duration window,
      PermissionBackend.WithUser viewer,
      Instant now) {
    ImmutableList<FeatureDefinition> features = policy.policy().features();
    if (features.isEmpty()) {
      return new Report(ImmutableList.of(), false);
    }
    SupportMatrix matrix = new SupportMatrix(window, SupportMatrix.DEFAULT_UNMAINTAINED_AFTER);
    ActivityLoader.Loaded loaded =
        activityLoader.load(project, policy, now.minus(matrix.lookback(features)), viewer);
    return new Report(matrix.summarize(loaded.features(), now), loaded.truncated());
  }
}
