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

import com.google.gerrit.extensions.events.ChangeMergedListener;
import com.google.gerrit.extensions.events.CommentAddedListener;
import com.google.gerrit.extensions.events.HashtagsEditedListener;
import com.google.gerrit.extensions.events.RevisionCreatedListener;
import com.google.gerrit.extensions.events.TopicEditedListener;
import com.google.gerrit.extensions.registration.DynamicSet;
import com.google.gerrit.lifecycle.LifecycleModule;

/** Wires the automation: the work queue and the listeners that feed it. */
public class AutomationModule extends LifecycleModule {
  @Override
  protected void configure() {
    listener().to(PluginWorkQueue.class);
    DynamicSet.bind(binder(), RevisionCreatedListener.class).to(WelcomeListener.class);
    DynamicSet.bind(binder(), ChangeMergedListener.class).to(MergedChangeListener.class);
    DynamicSet.bind(binder(), RevisionCreatedListener.class).to(SignalWarmer.class);
    DynamicSet.bind(binder(), TopicEditedListener.class).to(SignalWarmer.class);
    DynamicSet.bind(binder(), HashtagsEditedListener.class).to(SignalWarmer.class);
    DynamicSet.bind(binder(), RevisionCreatedListener.class).to(FocusLearningListener.class);
    DynamicSet.bind(binder(), TopicEditedListener.class).to(FocusLearningListener.class);
    DynamicSet.bind(binder(), HashtagsEditedListener.class).to(FocusLearningListener.class);
    DynamicSet.bind(binder(), ChangeMergedListener.class).to(FocusLearningListener.class);
    install(Sweeper.cacheModule());
    listener().to(SweepQueues.class);
    listener().to(SweepSchedule.class);
    DynamicSet.bind(binder(), CommentAddedListener.class).to(FirstReviewListener.class);
  }
}
