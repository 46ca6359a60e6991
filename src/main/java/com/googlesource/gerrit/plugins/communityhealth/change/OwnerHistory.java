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
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import java.util.concurrent.ExecutionException;

/**
 * How many merged changes an account owns on this server, from the change index. Counts are capped
 * (the index has no count API: "at least N" is a query limited to N) and cached per account; {@link
 * #invalidate} drops an account's entries when one of its changes merges.
 */
@Singleton
public class OwnerHistory {
  static final String CACHE_NAME = "merged_counts";

  /** An account and the cap its count was computed with. */
  record Key(int account, int cap) {}

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(CACHE_NAME, Key.class, Integer.class).maximumWeight(65536);
      }
    };
  }

  private final Provider<InternalChangeQuery> queryProvider;
  private final Cache<Key, Integer> cache;

  @Inject
  OwnerHistory(
      Provider<InternalChangeQuery> queryProvider, @Named(CACHE_NAME) Cache<Key, Integer> cache) {
    this.queryProvider = queryProvider;
    this.cache = cache;
  }

  /**
   * The number of merged changes {@code owner} has, or {@code cap} if it has at least that many.
   */
  public int mergedChanges(Account.Id owner, int cap) {
    if (cap <= 0) {
      return 0;
    }
    try {
      return cache.get(new Key(owner.get(), cap), () -> count(owner, cap));
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot count merged changes of " + owner, e.getCause());
    }
  }

  private int count(Account.Id owner, int cap) {
    Predicate<ChangeData> merged =
        Predicate.and(
            ChangeStatusPredicate.forStatus(Change.Status.MERGED), ChangePredicates.owner(owner));
    return queryProvider.get().setLimit(cap).noFields().query(merged).size();
  }

  public void invalidate(Account.Id owner) {
    cache.asMap().keySet().removeIf(k -> k.account() == owner.get());
  }
}
