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
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.access.Audiences;
import java.util.stream.IntStream;

/**
 * Test double of {@link OwnerHistory} for fault tests: while {@link #refuse} is on, the count asks
 * the change index a query with more terms than Gerrit allows ({@code index.maxTerms}, 1024 by
 * default), so the index itself throws, as it does when it is broken or overloaded. Only the
 * plugin's query fails; Gerrit's own queries are untouched.
 */
@Singleton
public class IndexRefusingOwnerHistory extends OwnerHistory {
  private static final int TERMS = 1025;

  private final Provider<InternalChangeQuery> queryProvider;
  private volatile boolean refusing;

  @Inject
  IndexRefusingOwnerHistory(
      Provider<InternalChangeQuery> queryProvider,
      Audiences audiences,
      @Named(CACHE_NAME) Cache<Key, Integer> cache) {
    super(queryProvider, audiences, cache);
    this.queryProvider = queryProvider;
  }

  /** Whether the index refuses the count from now on. */
  public void refuse(boolean refusing) {
    this.refusing = refusing;
  }

  @Override
  public int mergedChanges(Account.Id owner, BranchNameKey branch, int cap) {
    if (refusing) {
      ImmutableList<Predicate<ChangeData>> owners =
          IntStream.range(0, TERMS)
              .mapToObj(i -> ChangePredicates.owner(Account.id(owner.get() + i)))
              .collect(ImmutableList.toImmutableList());
      return queryProvider.get().setLimit(cap).noFields().query(Predicate.or(owners)).size();
    }
    return super.mergedChanges(owner, branch, cap);
  }
}
