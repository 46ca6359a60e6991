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
import java.util.List;

/**
 * The priority review queue, as returned by {@code GET /projects/{p}/community-health~queue} and
 * {@code GET /config/server/community-health~queue}.
 */
public class QueueInfo {
  /** The project; absent in the server-wide queue. */
  public String project;

  public Integer start;
  public Integer limit;

  /** True when another page exists. */
  public Boolean more;

  /** Open, non-WIP changes the caller can see, best first. */
  public List<EntryInfo> changes;

  /** One change in the queue. */
  public static class EntryInfo {
    public String project;
    public Integer number;
    public String subject;
    public AccountInfo owner;

    /** The sum of the {@link #breakdown} values. */
    public Double score;

    public List<FactorInfo> breakdown;

    /** The change's signals, as in {@code ChangeInfo.plugins} (without {@code name}). */
    public ChangeHealthInfo signals;
  }

  /** One factor of a score. */
  public static class FactorInfo {
    public String factor;
    public Double value;
    public String detail;
  }
}
