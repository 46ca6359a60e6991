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

import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.extensions.events.ChangeEvent;
import com.google.gerrit.extensions.events.HashtagsEditedListener;
import com.google.gerrit.extensions.events.RevisionCreatedListener;
import com.google.gerrit.extensions.events.TopicEditedListener;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;

/**
 * Computes a change's signals (feature match, focus match, waiting clock) on the plugin's queue
 * when a patch set is created or the topic or hashtags change, so that the next query finds them in
 * the cache instead of running Lucene and reading NoteDb itself.
 */
@Singleton
class SignalWarmer implements RevisionCreatedListener, TopicEditedListener, HashtagsEditedListener {
  private final ServerSettings settings;
  private final PluginWorkQueue queue;
  private final ChangeData.Factory changeDataFactory;
  private final SignalEvaluator evaluator;

  @Inject
  SignalWarmer(
      ServerSettings settings,
      PluginWorkQueue queue,
      ChangeData.Factory changeDataFactory,
      SignalEvaluator evaluator) {
    this.settings = settings;
    this.queue = queue;
    this.changeDataFactory = changeDataFactory;
    this.evaluator = evaluator;
  }

  @Override
  public void onRevisionCreated(RevisionCreatedListener.Event event) {
    warm(event);
  }

  @Override
  public void onTopicEdited(TopicEditedListener.Event event) {
    warm(event);
  }

  @Override
  public void onHashtagsEdited(HashtagsEditedListener.Event event) {
    warm(event);
  }

  private void warm(ChangeEvent event) {
    ChangeInfo change = event.getChange();
    if (!settings.enabled() || change == null) {
      return;
    }
    Project.NameKey project = Project.nameKey(change.project);
    Change.Id id = Change.id(change._number);
    queue.submit(
        "signals of change " + change._number,
        HealthMetrics.Component.SIGNALS,
        () -> evaluator.evaluate(changeDataFactory.create(project, id), TimeUtil.now()));
  }
}
