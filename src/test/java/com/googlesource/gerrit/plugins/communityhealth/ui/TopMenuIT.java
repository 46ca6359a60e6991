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

import static com.google.common.truth.Truth.assertThat;

import com.google.common.reflect.TypeToken;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.extensions.client.MenuItem;
import com.google.gerrit.extensions.webui.TopMenu;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import java.util.List;
import org.junit.Test;

/** Gerrit's own top-menu endpoint offers the plugin's screens, to everyone who can see Gerrit. */
public class TopMenuIT extends AbstractCommunityHealthIT {
  @Test
  public void topMenusListTheQueueAndTheDashboardScreens() throws Exception {
    TopMenu.MenuEntry entry = pluginEntry(adminRestSession.get("/config/server/top-menus"));
    assertThat(entry.items.stream().map(i -> i.name))
        .containsExactly("Review queue", "Dashboard")
        .inOrder();
    assertThat(entry.items.stream().map(i -> i.url))
        .containsExactly("/x/community-health/queue", "/x/community-health/dashboard")
        .inOrder();
    // Inside Gerrit's app, not in a new tab.
    assertThat(entry.items.stream().map(i -> i.target)).containsExactly("", "");
  }

  @Test
  public void anonymousVisitorsGetTheMenuToo() throws Exception {
    TopMenu.MenuEntry entry = pluginEntry(anonymousRestSession.get("/config/server/top-menus"));
    assertThat(entry.items.stream().map(i -> i.name)).contains("Review queue");
  }

  private TopMenu.MenuEntry pluginEntry(RestResponse response) throws Exception {
    response.assertOK();
    List<TopMenu.MenuEntry> entries =
        newGson()
            .fromJson(response.getReader(), new TypeToken<List<TopMenu.MenuEntry>>() {}.getType());
    List<TopMenu.MenuEntry> ours =
        entries.stream().filter(e -> e.name.equals(CommunityHealthTopMenu.MENU_NAME)).toList();
    assertThat(ours).hasSize(1);
    for (MenuItem item : ours.get(0).items) {
      assertThat(item.id).startsWith("community-health-");
    }
    return ours.get(0);
  }
}
