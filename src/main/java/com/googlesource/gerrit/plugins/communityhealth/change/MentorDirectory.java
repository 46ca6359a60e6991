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

import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.index.query.QueryParseException;
import com.google.gerrit.server.account.AccountResolver;
import com.google.gerrit.server.account.AccountState;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeQueryBuilder;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.Mentor;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Resolves configured mentors into {@link Mentor} records: their account, status, time zone (the
 * UTC offset of their most recent change's commit author) and load (open changes they review or are
 * CC on).
 */
@Singleton
public class MentorDirectory {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Enough to rank mentors by load; counting further costs and changes nothing. */
  static final int LOAD_CAP = 50;

  private final AccountResolver accountResolver;
  private final Provider<InternalChangeQuery> queryProvider;
  private final Provider<ChangeQueryBuilder> queryBuilder;
  private final OneOffRequestContext requestContext;

  @Inject
  MentorDirectory(
      AccountResolver accountResolver,
      Provider<InternalChangeQuery> queryProvider,
      Provider<ChangeQueryBuilder> queryBuilder,
      OneOffRequestContext requestContext) {
    this.accountResolver = accountResolver;
    this.queryProvider = queryProvider;
    this.queryBuilder = queryBuilder;
    this.requestContext = requestContext;
  }

  /** The configured mentors that resolve to active accounts, in configured order. */
  public ImmutableList<Mentor> resolve(ImmutableList<String> configured) {
    ImmutableList.Builder<Mentor> out = ImmutableList.builder();
    for (String name : configured) {
      try {
        AccountState state = accountResolver.resolveExactIgnoreVisibility(name).asUnique();
        if (!state.account().isActive()) {
          continue;
        }
        Account.Id id = state.account().id();
        out.add(
            new Mentor(
                id.get(),
                displayName(state, name),
                offset(id),
                load(id),
                Optional.ofNullable(state.account().status())));
      } catch (Exception e) {
        logger.atWarning().withCause(e).log("mentor '%s' cannot be resolved; skipped", name);
      }
    }
    return out.build();
  }

  /** The UTC offset of an account's most recent change's commit author, if any. */
  public Optional<ZoneOffset> offset(Account.Id account) {
    ImmutableList<ChangeData> latest =
        queryProvider.get().setLimit(1).query(ChangePredicates.owner(account));
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    PersonIdent author = latest.get(0).getAuthor();
    return author == null ? Optional.empty() : Optional.of(author.getZoneOffset());
  }

  private int load(Account.Id mentor) {
    try (ManualRequestContext ctx = requestContext.open()) {
      Predicate<ChangeData> involved =
          queryBuilder.get().parse("reviewer:" + mentor.get() + " OR cc:" + mentor.get());
      return queryProvider
          .get()
          .setLimit(LOAD_CAP)
          .noFields()
          .query(Predicate.and(ChangeStatusPredicate.forStatus(Change.Status.NEW), involved))
          .size();
    } catch (QueryParseException e) {
      throw new IllegalStateException("cannot count the load of mentor " + mentor, e);
    }
  }

  private static String displayName(AccountState state, String fallback) {
    Account a = state.account();
    if (a.fullName() != null && !a.fullName().isBlank()) {
      return a.fullName();
    }
    return state.userName().orElse(fallback);
  }
}
