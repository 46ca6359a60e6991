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
import java.util.Optional;
import java.util.Set;

/**
 * Builds the one definition of bots ({@link HumanActivity}) for a set of accounts: Gerrit's
 * {@code Service Users}, and the plugin's bot account.
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

  public HumanActivity forAccounts(Set<Integer> accounts) {
    ImmutableSet<Integer> service =
        accounts.stream()
            .filter(id -> serviceUsers.isServiceUser(Account.id(id)))
            .collect(ImmutableSet.toImmutableSet());
    Optional<Integer> bot;
    try {
      bot = botIdentity.accountId().map(Account.Id::get);
    } catch (BotIdentity.BotUnavailableException e) {
      bot = Optional.empty();
    }
    return HumanActivity.of(service, bot);
  }
}
