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

package com.googlesource.gerrit.plugins.communityhealth.preview;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.extensions.events.RevisionCreatedListener;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.automation.PluginWorkQueue;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;

/**
 * On each new patch set of a change for {@code refs/meta/config}, queues its preview; never delays
 * the push.
 */
@Singleton
class PreviewListener implements RevisionCreatedListener {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ServerSettings settings;
  private final PluginWorkQueue queue;
  private final ReviewPreviewer previewer;

  @Inject
  PreviewListener(ServerSettings settings, PluginWorkQueue queue, ReviewPreviewer previewer) {
    this.settings = settings;
    this.queue = queue;
    this.previewer = previewer;
  }

  @Override
  public void onRevisionCreated(Event event) {
    ChangeInfo change = event.getChange();
    if (!settings.enabled()
        || event.getRevision() == null
        || !RefNames.REFS_CONFIG.equals(change.branch)) {
      return;
    }
    Project.NameKey project = Project.nameKey(change.project);
    Change.Id id = Change.id(change._number);
    int ps = event.getRevision()._number;
    queue.submit(
        "config preview of change " + change._number + " patch set " + ps,
        HealthMetrics.Component.LISTENER,
        () -> {
          try {
            ReviewPreviewer.Outcome outcome = previewer.preview(project, id, ps);
            logger.atFine().log("config preview of %s/%s,%d: %s", project, id, ps, outcome);
          } catch (Exception e) {
            throw new IllegalStateException(
                "config preview of change " + id + " patch set " + ps + " in " + project, e);
          }
        });
  }
}
