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

package com.googlesource.gerrit.plugins.communityhealth.bot;

import com.google.gerrit.entities.Account;
import com.google.gerrit.server.CurrentUser;
import com.google.gerrit.server.IdentifiedUser;
import com.google.gerrit.server.InternalUser;
import com.google.gerrit.server.account.AccountCache;
import com.google.gerrit.server.account.AccountResolver;
import com.google.gerrit.server.account.AccountState;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import java.util.Optional;

/**
 * Who the plugin posts as: the {@code botAccount} of gerrit.config, or the Gerrit server itself
 * when none is configured.
 */
@Singleton
public class BotIdentity {
  private final ServerSettings settings;
  private final AccountResolver accountResolver;
  private final IdentifiedUser.GenericFactory userFactory;
  private final InternalUser.Factory internalUserFactory;
  private final AccountCache accountCache;
  private volatile Account.Id resolved;

  @Inject
  BotIdentity(
      ServerSettings settings,
      AccountResolver accountResolver,
      IdentifiedUser.GenericFactory userFactory,
      InternalUser.Factory internalUserFactory,
      AccountCache accountCache) {
    this.settings = settings;
    this.accountResolver = accountResolver;
    this.userFactory = userFactory;
    this.internalUserFactory = internalUserFactory;
    this.accountCache = accountCache;
  }

  /** The configured bot account, if any; empty when unset. */
  public Optional<Account.Id> accountId() throws BotUnavailableException {
    if (settings.botAccount().isEmpty()) {
      return Optional.empty();
    }
    String name = settings.botAccount().get();
    Account.Id id = resolved;
    if (id == null) {
      id = resolve(name);
      // Resolved once (a username never moves to another account): signals ask on every change.
      resolved = id;
    }
    // Whether it is active can change: ask the account cache (cheap, evicted on updates).
    Optional<AccountState> state = accountCache.get(id);
    if (state.isEmpty() || !state.get().account().isActive()) {
      throw new BotUnavailableException("bot account '" + name + "' is inactive");
    }
    return Optional.of(id);
  }

  /**
   * The configured bot account, to recognise what it posted: resolved once, active or not (the
   * reminders of a bot deactivated since are still the bot's), and without the account cache read
   * of {@link #accountId}, which signals would pay for every change. Empty when unset or when the
   * name does not resolve.
   */
  public Optional<Account.Id> knownAccountId() {
    if (settings.botAccount().isEmpty()) {
      return Optional.empty();
    }
    Account.Id id = resolved;
    if (id == null) {
      try {
        id = resolve(settings.botAccount().get());
      } catch (BotUnavailableException e) {
        return Optional.empty();
      }
      resolved = id;
    }
    return Optional.of(id);
  }

  private Account.Id resolve(String name) throws BotUnavailableException {
    try {
      return accountResolver.resolveExactIgnoreVisibility(name).asUnique().account().id();
    } catch (Exception e) {
      throw new BotUnavailableException("bot account '" + name + "' cannot be resolved", e);
    }
  }

  /** The user to post as. */
  public CurrentUser user() throws BotUnavailableException {
    Optional<Account.Id> id = accountId();
    return id.isPresent() ? userFactory.create(id.get()) : internalUserFactory.create();
  }

  /** The configured bot account cannot be used: nothing must be posted. */
  public static class BotUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    BotUnavailableException(String message) {
      super(message);
    }

    BotUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
