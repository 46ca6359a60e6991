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

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

/** The report of {@code POST /config/server/community-health~sweep}. */
public class SweepInfo {
  public Boolean dryRun;
  public Timestamp started;
  public Long durationMs;

  /** Open changes, ready for review and public, that the sweep looked at. */
  public Integer candidates;

  /** Candidates matching their project's {@code [review] exempt} query (one index query each). */
  public Integer exempt;

  /** Candidates waiting on reviewers. */
  public Integer waiting;

  /** Waiting changes past their threshold. */
  public Integer ignored;

  public Integer reminded;

  /** Reminders a dry run would have posted. */
  public Integer wouldRemind;

  /** {@code community-health-ignored} stream events sent, with reminders or alone. */
  public Integer events;

  /** Ignored changes without a reminder, by reason; absent when none. */
  public Map<String, Integer> skipped;

  /** One entry per ignored change, at most 1000. */
  public List<ChangeEntryInfo> changes;

  /** Whether entries were left out beyond the limit. */
  public Boolean changesTruncated;

  /** One ignored change and what the sweep did with it. */
  public static class ChangeEntryInfo {
    public String project;
    public Integer number;
    public Timestamp waitingSince;

    /** How long it has waited, rounded down to the largest unit, e.g. {@code 8d}. */
    public String waited;

    public Long waitedSeconds;

    /** The threshold that fired, e.g. {@code ignoredAfter = 7d}. */
    public String rule;

    /**
     * {@code reminded}, {@code would_remind}, {@code remind_off}, {@code already_reminded}, {@code
     * capped}, {@code no_longer_due} or {@code error}.
     */
    public String outcome;

    /** Set in a dry run for a change that would get a reminder. */
    public Boolean wouldRemind;

    /** Set when the sweep sent the change's stream event. */
    public Boolean event;

    /** Who the reminder adds (or would add) to the attention set. */
    public List<PersonInfo> targets;

    /** Maintainers or mentors passed over because their account status says away. */
    public List<PersonInfo> skippedAway;
  }

  /** A maintainer or mentor. */
  public static class PersonInfo {
    public Integer _accountId;
    public String name;
    public String status;
  }
}
