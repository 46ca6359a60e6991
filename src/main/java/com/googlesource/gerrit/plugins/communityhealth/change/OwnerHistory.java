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

import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.entities.Change;
import com.google.gerrit.index.SchemaFieldDefs.SchemaField;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.access.Audiences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * How many merged changes an account owns that the readers of a given change may read too, from the
 * change index (issue 21.2): changes on the same branch (they share its readers), and changes on
 * branches at least as readable ({@link Audience#mayUse}); never a private change. So a count, and
 * a reason that states it, reveal nothing about changes some reader of the change could not see,
 * and every caller gets the same count for the same change.
 *
 * <p>Counts are capped (the index has no count API: "at least N" stops at N) and cached per
 * account, branch and cap; {@link #invalidate} drops an account's entries when one of its changes
 * merges. Read permissions changing leave a count stale until the next merge of that owner or
 * eviction: the count only ever uses changes readable when it was computed.
 */
@Singleton
public class OwnerHistory {
  static final String CACHE_NAME = "merged_counts";

  /**
   * How many of an owner's merged changes are looked at: far above any {@code maxMergedChanges}; an
   * owner with more is no newcomer anyway unless nearly all are hidden.
   */
  static final int SCAN_LIMIT = 1000;

  /** An account, the branch of the change asked about, and the cap its count was computed with. */
  record Key(int account, String project, String branch, int cap) {}

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(CACHE_NAME, Key.class, Integer.class).maximumWeight(65536);
      }
    };
  }

  private final Provider<InternalChangeQuery> queryProvider;
  private final Audiences audiences;
  private final Cache<Key, Integer> cache;

  @Inject
  OwnerHistory(
      Provider<InternalChangeQuery> queryProvider,
      Audiences audiences,
      @Named(CACHE_NAME) Cache<Key, Integer> cache) {
    this.queryProvider = queryProvider;
    this.audiences = audiences;
    this.cache = cache;
  }

  /**
   * The number of merged changes {@code owner} has that every reader of a change on {@code branch}
   * may read, or {@code cap} if it has at least that many.
   */
  public int mergedChanges(Account.Id owner, BranchNameKey branch, int cap) {
    if (cap <= 0) {
      return 0;
    }
    try {
      return cache.get(
          new Key(owner.get(), branch.project().get(), branch.branch(), cap),
          () -> count(owner, branch, cap));
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot count merged changes of " + owner, e.getCause());
    }
  }

  private int count(Account.Id owner, BranchNameKey branch, int cap) {
    // The common case first, as cheaply as before: a regular on this very branch.
    long sameBranch =
        queryProvider
            .get()
            .setLimit(cap)
            .setRequestedFields(ChangeField.CHANGE_SPEC)
            .query(
                Predicate.and(
                    ChangeStatusPredicate.forStatus(Change.Status.MERGED),
                    ChangePredicates.owner(owner),
                    ChangePredicates.project(branch.project()),
                    ChangePredicates.ref(branch.branch())))
            .stream()
            .filter(cd -> !cd.change().isPrivate())
            .count();
    if (sameBranch >= cap) {
      return cap;
    }
    int n = 0;
    for (ChangeData cd : countable(owner, branch, ChangeField.CHANGE_SPEC)) {
      if (++n >= cap) {
        return n;
      }
    }
    return n;
  }

  /**
   * When the owner's first {@code cap} countable changes (by the rule above, seen from {@code
   * branch}) merged, earliest first: for "was the owner a newcomer when they created a change", the
   * dashboard's question. Not cached: the dashboard asks once per owner and request.
   */
  public ImmutableList<Instant> firstMerges(Account.Id owner, BranchNameKey branch, int cap) {
    return firstMerges(owner, audiences.usableFrom(branch), cap);
  }

  /**
   * {@link #firstMerges(Account.Id, BranchNameKey, int)} where the change's branch is not at hand:
   * only merged changes every registered user may read count (the narrowest audience rule).
   */
  public ImmutableList<Instant> firstMergesReadableByAll(Account.Id owner, int cap) {
    return firstMerges(owner, audiences.readableByEveryRegisteredUser(), cap);
  }

  private ImmutableList<Instant> firstMerges(
      Account.Id owner, java.util.function.Predicate<Change> usable, int cap) {
    if (cap <= 0) {
      return ImmutableList.of();
    }
    List<Instant> merged = new ArrayList<>();
    for (ChangeData cd :
        countable(owner, usable, ChangeField.CHANGE_SPEC, ChangeField.MERGED_ON_SPEC)) {
      merged.add(cd.getMergedOn().orElse(cd.change().getLastUpdatedOn()));
    }
    return merged.stream().sorted().limit(cap).collect(ImmutableList.toImmutableList());
  }

  /** The owner's merged changes every reader of a change on {@code branch} may read. */
  @SafeVarargs
  private Iterable<ChangeData> countable(
      Account.Id owner, BranchNameKey branch, SchemaField<ChangeData, ?>... fields) {
    return countable(owner, audiences.usableFrom(branch), fields);
  }

  @SafeVarargs
  private Iterable<ChangeData> countable(
      Account.Id owner,
      java.util.function.Predicate<Change> usable,
      SchemaField<ChangeData, ?>... fields) {
    Predicate<ChangeData> merged =
        Predicate.and(
            ChangeStatusPredicate.forStatus(Change.Status.MERGED), ChangePredicates.owner(owner));
    return queryProvider
        .get()
        .setLimit(SCAN_LIMIT)
        .setRequestedFields(fields)
        .query(merged)
        .stream()
        .filter(cd -> usable.test(cd.change()))
        .toList();
  }

  public void invalidate(Account.Id owner) {
    cache.asMap().keySet().removeIf(k -> k.account() == owner.get());
  }
}
