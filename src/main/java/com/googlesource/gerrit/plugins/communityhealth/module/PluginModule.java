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

package com.googlesource.gerrit.plugins.communityhealth.module;

import com.google.inject.AbstractModule;
import com.googlesource.gerrit.plugins.communityhealth.attribute.AttributeModule;
import com.googlesource.gerrit.plugins.communityhealth.automation.AutomationModule;
import com.googlesource.gerrit.plugins.communityhealth.change.ActivityLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeDigestLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerHistory;
import com.googlesource.gerrit.plugins.communityhealth.config.ConfigModule;
import com.googlesource.gerrit.plugins.communityhealth.events.EventsModule;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewModule;
import com.googlesource.gerrit.plugins.communityhealth.query.QueryModule;
import com.googlesource.gerrit.plugins.communityhealth.restapi.RestModule;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.ui.UiModule;

/** The plugin's Gerrit-Module: installs one module per concern and holds no logic. */
public class PluginModule extends AbstractModule {
  @Override
  protected void configure() {
    install(new ConfigModule());
    install(OwnerHistory.cacheModule());
    install(ActivityLoader.cacheModule());
    install(ChangeDigestLoader.cacheModule());
    install(SignalEvaluator.cacheModule());
    install(new AttributeModule());
    install(new AutomationModule());
    install(new RestModule());
    install(new PreviewModule());
    install(new QueryModule());
    install(new EventsModule());
    install(new UiModule());
  }
}
