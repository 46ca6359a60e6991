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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import com.google.common.collect.ImmutableList;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.account.AccountLoader;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.api.QueueInfo;
import com.googlesource.gerrit.plugins.communityhealth.signals.ReviewRanking;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Formats a page of the review queue ({@link ReviewRanking}) for the queue views, with the owners'
 * accounts.
 */
@Singleton
class ReviewQueue {
  static final int DEFAULT_LIMIT = 25;
  static final int MAX_LIMIT = 500;

  private final ReviewRanking ranking;
  private final AccountLoader.Factory accountLoaderFactory;

  @Inject
  ReviewQueue(ReviewRanking ranking, AccountLoader.Factory accountLoaderFactory) {
    this.ranking = ranking;
    this.accountLoaderFactory = accountLoaderFactory;
  }

  QueueInfo rank(Optional<Project.NameKey> project, int start, int limit) throws Exception {
    ImmutableList<ReviewRanking.Ranked> ranked = ranking.rank(project, TimeUtil.now());

    AccountLoader accounts = accountLoaderFactory.create(true);
    QueueInfo info = new QueueInfo();
    info.project = project.map(Project.NameKey::get).orElse(null);
    info.start = start;
    info.limit = limit;
    info.changes = new ArrayList<>();
    // In long: a start near Integer.MAX_VALUE must not wrap around.
    int end = (int) Math.min(ranked.size(), (long) start + limit);
    for (int i = start; i < end; i++) {
      ReviewRanking.Ranked r = ranked.get(i);
      QueueInfo.EntryInfo e = new QueueInfo.EntryInfo();
      e.project = r.cd().project().get();
      e.number = r.cd().getId().get();
      e.subject = r.cd().change().getSubject();
      e.owner = accounts.get(r.cd().change().getOwner());
      e.score = r.score().score();
      e.breakdown =
          r.score().breakdown().stream()
              .map(
                  f -> {
                    QueueInfo.FactorInfo fi = new QueueInfo.FactorInfo();
                    fi.factor = f.factor();
                    fi.value = f.value();
                    fi.detail = f.detail();
                    return fi;
                  })
              .collect(ImmutableList.toImmutableList());
      e.signals = SignalsJson.attribute(r.signals());
      info.changes.add(e);
    }
    accounts.fill();
    if (end < ranked.size()) {
      info.more = true;
    }
    return info;
  }
}
