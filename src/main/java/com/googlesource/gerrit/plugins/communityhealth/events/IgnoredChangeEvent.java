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

package com.googlesource.gerrit.plugins.communityhealth.events;

import com.google.gerrit.entities.Change;
import com.google.gerrit.server.data.AccountAttribute;
import com.google.gerrit.server.events.ChangeEvent;
import java.util.List;

/**
 * Stream event {@code community-health-ignored}: the sweeper found a change ignored, once per
 * waiting period, with its reminder when the project reminds. Gerrit's event broker shows it only
 * to listeners who can see the change.
 */
public class IgnoredChangeEvent extends ChangeEvent {
  public static final String TYPE = "community-health-ignored";

  /** Start of the waiting period, in seconds since the epoch (like {@code eventCreatedOn}). */
  public long waitingSince;

  /** How long the change had waited, in seconds, counted as the project counts. */
  public long waitedSeconds;

  /** The threshold that fired, in Gerrit's duration syntax, e.g. {@code 7d}. */
  public String threshold;

  /** Which key the threshold came from: {@code ignoredAfter} or {@code newcomerIgnoredAfter}. */
  public String rule;

  public boolean newcomer;

  /**
   * Whether the sweeper posted a reminder with this event. False when the project does not remind:
   * then the event is all there is, and {@link #escalatedTo} is empty.
   */
  public boolean reminded;

  /** The people the reminder added to the attention set. */
  public List<AccountAttribute> escalatedTo;

  public IgnoredChangeEvent(Change change) {
    super(TYPE, change);
  }
}
