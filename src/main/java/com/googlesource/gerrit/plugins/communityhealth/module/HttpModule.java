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

import com.google.gerrit.extensions.registration.DynamicSet;
import com.google.gerrit.extensions.webui.JavaScriptPlugin;
import com.google.gerrit.extensions.webui.WebUiPlugin;
import com.google.inject.servlet.ServletModule;

/**
 * The plugin's Gerrit-HttpModule: registers the web UI plugin. Gerrit serves the jar's {@code
 * static/} (the bundle and the dashboard page) at {@code /plugins/community-health/static/} by
 * itself; the web UI loads every registered script on every page.
 */
public class HttpModule extends ServletModule {
  /** The bundle built from {@code web/src/plugin.ts}, in the jar's {@code static/}. */
  public static final String WEB_UI_SCRIPT = "community-health.js";

  @Override
  protected void configureServlets() {
    DynamicSet.bind(binder(), WebUiPlugin.class).toInstance(new JavaScriptPlugin(WEB_UI_SCRIPT));
  }
}
