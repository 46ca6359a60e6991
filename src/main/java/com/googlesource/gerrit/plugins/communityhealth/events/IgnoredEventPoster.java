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

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.registration.DynamicItem;
import com.google.gerrit.server.data.AccountAttribute;
import com.google.gerrit.server.events.EventDispatcher;
import com.google.gerrit.server.events.EventFactory;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.bot.Claims;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Posts the {@link IgnoredChangeEvent} of a change's waiting period through Gerrit's dispatcher,
 * which applies visibility, at most once: whether it comes with a reminder or alone, the event
 * first takes the waiting period's claim ({@link Claims}, {@code
 * refs/community-health/ignored/NN/CHANGE/WAITING_SINCE_MS}), so that among racing sweeps, restarts
 * and primaries sharing the repositories only one sends it, and the reminder's event and an event
 * alone (the project's {@code remind} switched in between) are never both sent.
 */
@Singleton
public class IgnoredEventPoster {
  private final DynamicItem<EventDispatcher> dispatcher;
  private final EventFactory eventFactory;
  private final Claims claims;

  @Inject
  IgnoredEventPoster(
      DynamicItem<EventDispatcher> dispatcher, EventFactory eventFactory, Claims claims) {
    this.dispatcher = dispatcher;
    this.eventFactory = eventFactory;
    this.claims = claims;
  }

  /**
   * The claim of one waiting period's event, sharded like Gerrit's change refs. Milliseconds, not
   * the event's seconds: two waiting periods of one change may begin within a second.
   */
  public static String claimRef(Change.Id change, Instant waitingSince) {
    int number = change.get();
    return String.format(
        "%signored/%02d/%d/%d",
        Claims.REFS_PREFIX, number % 100, number, waitingSince.toEpochMilli());
  }

  /** Whether the event of {@code verdict}'s waiting period was sent, or its claim taken. */
  public boolean sent(Project.NameKey project, Change.Id change, IgnoredVerdict verdict)
      throws IOException {
    return claims.isClaimed(project, claimRef(change, verdict.waitingSince().orElseThrow()));
  }

  /**
   * Sends the event of {@code verdict}'s waiting period unless it was sent before.
   *
   * @param reminded whether a reminder was posted, adding {@code escalatedTo} to the attention set
   * @return whether this call sent it
   * @throws IOException when the claim cannot be written: nothing was sent
   * @throws PermissionBackendException after the claim: the event of this period is lost, never
   *     repeated
   */
  public boolean post(
      ChangeNotes notes, IgnoredVerdict verdict, List<Person> escalatedTo, boolean reminded)
      throws IOException, PermissionBackendException {
    Change change = notes.getChange();
    Instant waitingSince = verdict.waitingSince().orElseThrow();
    if (!claims.claim(change.getProject(), claimRef(change.getId(), waitingSince), "")) {
      return false;
    }
    IgnoredChangeEvent event = new IgnoredChangeEvent(change);
    event.change = Suppliers.memoize(() -> eventFactory.asChangeAttribute(change, notes));
    event.waitingSince = waitingSince.getEpochSecond();
    event.waitedSeconds = verdict.waited().getSeconds();
    event.threshold = EffectiveConfig.format(verdict.threshold());
    event.rule = verdict.newcomerThreshold() ? "newcomerIgnoredAfter" : "ignoredAfter";
    event.newcomer = verdict.newcomerThreshold();
    event.reminded = reminded;
    ImmutableList<AccountAttribute> accounts =
        escalatedTo.stream()
            .map(p -> eventFactory.asAccountAttribute(Account.id(p.accountId())))
            .collect(ImmutableList.toImmutableList());
    event.escalatedTo = accounts;
    dispatcher.get().postEvent(change, event);
    return true;
  }
}
