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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.extensions.events.RevisionCreatedListener;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;

/** On a change's first patch set, queues a welcome check; never delays the push. */
@Singleton
class WelcomeListener implements RevisionCreatedListener {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ServerSettings settings;
  private final PluginWorkQueue queue;
  private final Welcomer welcomer;

  @Inject
  WelcomeListener(ServerSettings settings, PluginWorkQueue queue, Welcomer welcomer) {
    this.settings = settings;
    this.queue = queue;
    this.welcomer = welcomer;
  }

  @Override
  public void onRevisionCreated(Event event) {
    ChangeInfo change = event.getChange();
    if (!settings.enabled()
        || event.getRevision() == null
        || event.getRevision()._number != 1
        || Boolean.TRUE.equals(change.isPrivate)) {
      return;
    }
    Project.NameKey project = Project.nameKey(change.project);
    Change.Id id = Change.id(change._number);
    queue.submit(
        "welcome check of change " + change._number,
        HealthMetrics.Component.WELCOME,
        () -> {
          try {
            Welcomer.Outcome outcome = welcomer.welcome(project, id);
            logger.atFine().log("welcome of %s/%s: %s", project, id, outcome);
          } catch (Exception e) {
            throw new IllegalStateException("welcome of change " + id + " in " + project, e);
          }
        });
  }
}
