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
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.QueryParseException;
import com.google.gerrit.server.account.AccountState;
import com.google.gerrit.server.index.change.ChangeField;
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
import com.googlesource.gerrit.plugins.communityhealth.access.Audiences;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.Mentor;
import com.googlesource.gerrit.plugins.communityhealth.people.PeopleDirectory;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

  private final PeopleDirectory people;
  private final Audiences audiences;
  private final Provider<InternalChangeQuery> queryProvider;
  private final Provider<ChangeQueryBuilder> queryBuilder;
  private final OneOffRequestContext requestContext;

  @Inject
  MentorDirectory(
      PeopleDirectory people,
      Audiences audiences,
      Provider<InternalChangeQuery> queryProvider,
      Provider<ChangeQueryBuilder> queryBuilder,
      OneOffRequestContext requestContext) {
    this.people = people;
    this.audiences = audiences;
    this.queryProvider = queryProvider;
    this.queryBuilder = queryBuilder;
    this.requestContext = requestContext;
  }

  /**
   * The configured mentors (accounts and {@code group:NAME}) that resolve to active accounts, in
   * configured order, each once.
   */
  public ImmutableList<Mentor> resolve(BranchNameKey branch, ImmutableList<String> configured) {
    Project.NameKey project = branch.project();
    ImmutableList.Builder<Mentor> out = ImmutableList.builder();
    Set<Integer> seen = new HashSet<>();
    for (String entry : configured) {
      for (AccountState state : people.activeAccounts(entry, project)) {
        Account.Id id = state.account().id();
        if (!seen.add(id.get())) {
          continue;
        }
        try {
          out.add(
              new Mentor(
                  id.get(),
                  PeopleDirectory.displayName(state),
                  offset(id, branch),
                  load(id, branch),
                  Optional.ofNullable(state.account().status())));
        } catch (RuntimeException e) {
          logger.atWarning().withCause(e).log("mentor '%s' cannot be resolved; skipped", entry);
        }
      }
    }
    return out.build();
  }

  /**
   * The UTC offset of the commit author of an account's most recent change that every reader of a
   * change on {@code branch} may read (issue 21.2: the welcome there states it), if any.
   */
  public Optional<ZoneOffset> offset(Account.Id account, BranchNameKey branch) {
    return offset(account, audiences.usableFrom(branch));
  }

  /**
   * The UTC offset of the commit author of an account's most recent change that every registered
   * user may read, if any: where no one change's readers are at hand.
   */
  public Optional<ZoneOffset> offset(Account.Id account) {
    return offset(account, audiences.readableByEveryRegisteredUser());
  }

  private Optional<ZoneOffset> offset(Account.Id account, Predicate<Change> usable) {
    return queryProvider.get().setLimit(SCAN_LIMIT).query(ChangePredicates.owner(account)).stream()
        .filter(cd -> usable.test(cd.change()))
        .findFirst()
        .map(ChangeData::getAuthor)
        .map(PersonIdent::getZoneOffset);
  }

  /** Changes looked at for a time zone or a load. */
  static final int SCAN_LIMIT = 200;

  private int load(Account.Id mentor, BranchNameKey branch) {
    try (ManualRequestContext ctx = requestContext.open()) {
      com.google.gerrit.index.query.Predicate<ChangeData> involved =
          queryBuilder.get().parse("reviewer:" + mentor.get() + " OR cc:" + mentor.get());
      Predicate<Change> usable = audiences.usableFrom(branch);
      // Only changes every reader of the welcomed change may read count (issue 21.2).
      long usableLoad =
          queryProvider
              .get()
              .setLimit(SCAN_LIMIT)
              .setRequestedFields(ChangeField.CHANGE_SPEC)
              .query(
                  com.google.gerrit.index.query.Predicate.and(
                      ChangeStatusPredicate.forStatus(Change.Status.NEW), involved))
              .stream()
              .filter(cd -> usable.test(cd.change()))
              .count();
      return (int) Math.min(LOAD_CAP, usableLoad);
    } catch (QueryParseException e) {
      throw new IllegalStateException("cannot count the load of mentor " + mentor, e);
    }
  }
}
