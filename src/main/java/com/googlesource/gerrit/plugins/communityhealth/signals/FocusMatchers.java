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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.MemoryIndexPool;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;

/**
 * Compiled focus matchers per policy revision and day (areas expire with {@code until}), sharing
 * one pool of in-memory indexes.
 */
@Singleton
class FocusMatchers {
  private record Key(String policyRevision, LocalDate day) {}

  private final MemoryIndexPool pool =
      new MemoryIndexPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
  private final Cache<Key, FocusMatcher> matchers =
      CacheBuilder.newBuilder().maximumSize(512).build();

  /** A matcher for {@code policy}'s areas, not kept: for a policy that is not in force. */
  FocusMatcher compile(LoadedPolicy policy, LocalDate day) {
    return FocusMatcher.create(policy.policy().focusAreas(), day, pool);
  }

  FocusMatcher get(LoadedPolicy policy, LocalDate day) {
    try {
      return matchers.get(
          new Key(policy.revision(), day),
          () -> FocusMatcher.create(policy.policy().focusAreas(), day, pool));
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot compile focus areas", e.getCause());
    }
  }
}
