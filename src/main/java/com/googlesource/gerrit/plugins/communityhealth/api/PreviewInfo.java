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
 * The answer of {@code POST /projects/{project}/community-health~preview} for a valid text: what it
 * would change on the project's open changes that the caller can see.
 */
public class PreviewInfo {
  /** Open changes compared (the most recently updated: at most 2,000, at most 10 s of work). */
  public Integer examined;

  /** Set when the project has more open changes visible to the caller than were examined. */
  public Boolean truncated;

  /** Per focus area with a difference: the changes that would start or stop matching. */
  public List<FocusAreaInfo> focusAreas;

  /** Changes whose tier or {@code untested_upstream} would change. */
  public ChangeListInfo tierChanges;

  /** Changes that would count as ignored and do not now. */
  public ChangeListInfo becomeIgnored;

  /** Changes that count as ignored now and would not. */
  public ChangeListInfo stopIgnored;

  /** Changes whose owner would count as a newcomer and does not now. */
  public ChangeListInfo becomeNewcomer;

  /** Changes whose owner counts as a newcomer now and would not. */
  public ChangeListInfo stopNewcomer;

  /** Whether the bot would welcome newcomers, before and after. */
  public ToggleInfo welcome;

  /** Whether the sweeper would post reminders, before and after, and how many. */
  public RemindersInfo reminders;

  /** What a push of the text would warn about; absent when nothing. */
  public List<String> warnings;

  /** The same summary as text, as the bot posts it on a change for review. */
  public String summary;

  /** A count and the first changes (at most 10). */
  public static class ChangeListInfo {
    public Integer count;
    public List<ChangeEntryInfo> changes;
  }

  /** A change; the tier fields are set in {@code tier_changes} only. */
  public static class ChangeEntryInfo {
    public Integer _number;
    public String subject;

    /** The tier in force; absent when the change touches no feature. */
    public String tierBefore;

    /** The tier under the text; absent when the change would touch no feature. */
    public String tierAfter;

    public Boolean untestedUpstreamBefore;
    public Boolean untestedUpstreamAfter;
  }

  public static class FocusAreaInfo {
    public String name;

    /** Set when the area exists only in the text. */
    public Boolean added;

    /** Set when the area exists only in the configuration in force. */
    public Boolean removed;

    public ChangeListInfo startMatching;
    public ChangeListInfo stopMatching;
  }

  public static class ToggleInfo {
    public Boolean before;
    public Boolean after;
  }

  public static class RemindersInfo {
    public Boolean before;
    public Boolean after;

    /** Reminders the next sweep would post on the examined changes with the config in force. */
    public Integer nextSweepBefore;

    /** The same with the text. */
    public Integer nextSweepAfter;
  }
}
