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
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.review.Timeline;
import com.googlesource.gerrit.plugins.communityhealth.review.TimelineEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * When a human other than the owner first voted or commented on a change (CHAOSS Time to First
 * Response), by the one definition of human activity.
 *
 * <p>The dashboard asks it for every change of its window on each request; reading a change's
 * messages is the expensive part, so the answer is cached by the change's meta revision (a new
 * message or vote misses by itself).
 */
@Singleton
public class FirstResponseLoader {
  static final String CACHE_NAME = "first_response";

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(
                CACHE_NAME,
                ChangeRevisionKey.class,
                new com.google.inject.TypeLiteral<Optional<Instant>>() {})
            .maximumWeight(20_000);
      }
    };
  }

  private final ChangeFactsLoader factsLoader;
  private final HumanActivityLoader humanActivity;
  private final Cache<ChangeRevisionKey, Optional<Instant>> cache;

  @Inject
  FirstResponseLoader(
      ChangeFactsLoader factsLoader,
      HumanActivityLoader humanActivity,
      @Named(CACHE_NAME) Cache<ChangeRevisionKey, Optional<Instant>> cache) {
    this.factsLoader = factsLoader;
    this.humanActivity = humanActivity;
    this.cache = cache;
  }

  /** The first human response on {@code cd}; empty while nobody but the owner and bots acted. */
  public Optional<Instant> firstResponse(ChangeData cd) {
    ChangeRevisionKey key = ChangeRevisionKey.of(cd);
    try {
      return cache.get(key, () -> read(cd));
    } catch (ExecutionException e) {
      throw new IllegalStateException("first response of change " + cd.getId(), e.getCause());
    }
  }

  private Optional<Instant> read(ChangeData cd) {
    Timeline timeline = factsLoader.timeline(cd);
    return humanActivity
        .forTimeline(timeline)
        .firstReviewerResponse(timeline)
        .map(TimelineEvent::when);
  }
}
