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

package com.googlesource.gerrit.plugins.communityhealth.ui;

import com.google.common.collect.ImmutableList;
import com.google.gerrit.extensions.annotations.PluginName;
import com.google.gerrit.extensions.client.MenuItem;
import com.google.gerrit.extensions.webui.TopMenu;
import com.google.inject.Inject;
import java.util.List;

/**
 * The "Community health" entry of Gerrit's top menu: the review queue and the dashboard, as the
 * plugin screens {@code web/src/screens.ts} registers. The screens pick the project from their URL
 * ({@code /x/community-health/queue/PROJECT}) or, from the menu, the project of the change the
 * reader last opened; the queue falls back to the server-wide one.
 */
public class CommunityHealthTopMenu implements TopMenu {
  public static final String MENU_NAME = "Community health";

  /** Screen names, as registered by the web UI plugin: the URL is /x/PLUGIN/SCREEN. */
  public static final String QUEUE_SCREEN = "queue";

  public static final String DASHBOARD_SCREEN = "dashboard";

  private final ImmutableList<MenuEntry> entries;

  @Inject
  CommunityHealthTopMenu(@PluginName String pluginName) {
    this.entries =
        ImmutableList.of(
            new MenuEntry(
                MENU_NAME,
                ImmutableList.of(
                    screenItem(pluginName, "Review queue", QUEUE_SCREEN),
                    screenItem(pluginName, "Dashboard", DASHBOARD_SCREEN))));
  }

  // An empty target keeps the link inside Gerrit's single-page app (no new tab).
  private static MenuItem screenItem(String pluginName, String name, String screen) {
    return new MenuItem(
        name, "/x/" + pluginName + "/" + screen, "", pluginName + "-" + screen + "-menu");
  }

  @Override
  public List<MenuEntry> getEntries() {
    return entries;
  }
}
