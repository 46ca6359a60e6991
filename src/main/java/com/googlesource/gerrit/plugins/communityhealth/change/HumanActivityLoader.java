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

import com.google.common.collect.ImmutableSet;
import com.google.gerrit.entities.Account;
import com.google.gerrit.server.account.ServiceUserClassifier;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotIdentity;
import com.googlesource.gerrit.plugins.communityhealth.review.HumanActivity;
import com.googlesource.gerrit.plugins.communityhealth.review.Timeline;
import com.googlesource.gerrit.plugins.communityhealth.review.TimelineEvent;
import java.util.Optional;

/**
 * Builds {@link HumanActivity}, the one definition of bots, for the accounts on one change: which
 * of them are service users, and which account the plugin posts as.
 */
@Singleton
public class HumanActivityLoader {
  private final ServiceUserClassifier serviceUsers;
  private final BotIdentity botIdentity;

  @Inject
  HumanActivityLoader(ServiceUserClassifier serviceUsers, BotIdentity botIdentity) {
    this.serviceUsers = serviceUsers;
    this.botIdentity = botIdentity;
  }

  /** Human activity for the owner and everyone who acted on the timeline. */
  public HumanActivity forTimeline(Timeline timeline) {
    ImmutableSet.Builder<Integer> accounts = ImmutableSet.builder();
    accounts.add(timeline.owner().accountId());
    for (TimelineEvent e : timeline.events()) {
      if (!e.actor().server()) {
        accounts.add(e.actor().accountId());
      }
    }
    return forAccounts(accounts.build());
  }

  /** Human activity for the given accounts. */
  public HumanActivity forAccounts(Iterable<Integer> accounts) {
    ImmutableSet.Builder<Integer> service = ImmutableSet.builder();
    for (int id : accounts) {
      if (serviceUsers.isServiceUser(Account.id(id))) {
        service.add(id);
      }
    }
    return new HumanActivity(service.build(), botAccount());
  }

  private Optional<Integer> botAccount() {
    // Whether the bot may post now does not matter: what it posted before is never human.
    return botIdentity.knownAccountId().map(Account.Id::get);
  }
}
