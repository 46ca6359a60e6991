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

import com.google.gerrit.extensions.common.AccountInfo;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/**
 * What each human reviewer did over a window, as returned by {@code GET
 * /projects/{project}/community-health~reviewers}.
 */
public class ReviewersInfo {
  public String project;
  public Integer windowDays;
  public Timestamp generated;

  /** The project's {@code [dashboard] coreGuide}: what it expects of a core reviewer. */
  public String coreGuide;

  /** True when the project has more changes than one request reads; absent otherwise. */
  public Boolean truncated;

  public List<ReviewerInfo> reviewers;

  public static class ReviewerInfo {
    public AccountInfo account;

    /** Whether they hold Code-Review +2 (may approve); absent when not. */
    public Boolean approver;

    public Integer changesReviewed;

    /**
     * Latest non-zero Code-Review vote per reviewed change, by value ({@code "-2"} to {@code
     * "+2"}).
     */
    public Map<String, Integer> votes;

    public Integer firstResponses;
    public Double firstResponseMedianHours;
    public Integer newcomerChanges;
    public Integer decided;
    public Integer agreed;

    /** {@code agreed / decided}, 0 to 1; absent when nothing was decided. */
    public Double agreement;

    public String region;
  }
}
