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
import com.google.gerrit.extensions.registration.DynamicItem;
import com.google.gerrit.server.data.AccountAttribute;
import com.google.gerrit.server.events.EventDispatcher;
import com.google.gerrit.server.events.EventFactory;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import java.util.List;

/** Posts {@link IgnoredChangeEvent}s through Gerrit's dispatcher, which applies visibility. */
@Singleton
public class IgnoredEventPoster {
  private final DynamicItem<EventDispatcher> dispatcher;
  private final EventFactory eventFactory;

  @Inject
  IgnoredEventPoster(DynamicItem<EventDispatcher> dispatcher, EventFactory eventFactory) {
    this.dispatcher = dispatcher;
    this.eventFactory = eventFactory;
  }

  public void post(ChangeNotes notes, IgnoredVerdict verdict, List<Person> escalatedTo)
      throws PermissionBackendException {
    Change change = notes.getChange();
    IgnoredChangeEvent event = new IgnoredChangeEvent(change);
    event.change = Suppliers.memoize(() -> eventFactory.asChangeAttribute(change, notes));
    event.waitingSince = verdict.waitingSince().orElseThrow().getEpochSecond();
    event.waitedSeconds = verdict.waited().getSeconds();
    event.threshold = EffectiveConfig.format(verdict.threshold());
    event.rule = verdict.newcomerThreshold() ? "newcomerIgnoredAfter" : "ignoredAfter";
    event.newcomer = verdict.newcomerThreshold();
    ImmutableList<AccountAttribute> accounts =
        escalatedTo.stream()
            .map(p -> eventFactory.asAccountAttribute(Account.id(p.accountId())))
            .collect(ImmutableList.toImmutableList());
    event.escalatedTo = accounts;
    dispatcher.get().postEvent(change, event);
  }
}
