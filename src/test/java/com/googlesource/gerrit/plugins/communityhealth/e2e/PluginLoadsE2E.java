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

package com.googlesource.gerrit.plugins.communityhealth.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/**
 * The packaged plugin loads in a real Gerrit started by tools/run, and the demo data the other
 * end-to-end tests rely on is there.
 */
public class PluginLoadsE2E extends DaemonE2ETestBase {

  @Test
  public void pluginIsLoadedWithTheJarsVersion() throws Exception {
    String expectedVersion = pluginJarVersion();
    assertWithMessage("Implementation-Version in %s", pluginJar).that(expectedVersion).isNotEmpty();

    JsonObject plugins = getJson(ADMIN, "plugins/").getAsJsonObject();
    assertWithMessage("plugins listed by GET /a/plugins/: %s", plugins)
        .that(plugins.keySet())
        .contains(PLUGIN);
    JsonObject plugin = plugins.getAsJsonObject(PLUGIN);
    assertThat(plugin.get("version").getAsString()).isEqualTo(expectedVersion);
    assertThat(plugin.get("api_version").getAsString()).isEqualTo("3.13.5");
    // A disabled plugin is listed only with ?all and carries "disabled": true.
    assertWithMessage("plugin disabled: %s", plugin).that(plugin.has("disabled")).isFalse();
  }

  @Test
  public void demoProjectHasCommunityHealthConfig() throws Exception {
    JsonObject project = getJson(ADMIN, "projects/" + encode(DEMO_PROJECT)).getAsJsonObject();
    assertThat(project.get("name").getAsString()).isEqualTo(DEMO_PROJECT);

    String config = fileContent(DEMO_PROJECT, "refs/meta/config", "community-health.config");
    assertThat(config).contains("[feature \"libvirt\"]");
    assertThat(config).contains("[focusArea \"smoother-upgrades\"]");
    assertThat(config).contains("[newcomer]");
  }

  @Test
  public void demoAccountsAndChangesExist() throws Exception {
    JsonObject bot = getJson(ADMIN, "accounts/" + BOT).getAsJsonObject();
    assertThat(bot.get("username").getAsString()).isEqualTo(BOT);
    JsonArray serviceUsers =
        getJson(ADMIN, "groups/" + encode("Service Users") + "/members").getAsJsonArray();
    assertWithMessage("Service Users members: %s", serviceUsers)
        .that(serviceUsers.toString())
        .contains("\"username\":\"" + BOT + "\"");

    // Each demo user can log in with the demo password.
    for (String user : new String[] {VETERAN, NEWCOMER, BOT}) {
      JsonObject self = getJson(user, "accounts/self").getAsJsonObject();
      assertThat(self.get("username").getAsString()).isEqualTo(user);
    }

    // veteran is past the newcomer threshold (maxMergedChanges = 3); newcomer has open changes
    // and nothing merged.
    assertThat(countChanges("project:demo/nova status:merged owner:veteran")).isAtLeast(3);
    assertThat(countChanges("project:demo/nova status:open owner:newcomer")).isAtLeast(2);
    assertThat(countChanges("project:demo/nova status:merged owner:newcomer")).isEqualTo(0);
  }

  @Test
  public void newcomerCanCloneAndPushForReview() throws Exception {
    Path clone = cloneProject(NEWCOMER, DEMO_PROJECT, "Nico Newcomer", "nico@example.com");
    assertThat(Files.exists(clone.resolve("nova/virt/libvirt/driver.py"))).isTrue();

    // A throw-away change, abandoned at the end: checks the git helpers end to end.
    String changeId =
        commitFile(
            clone,
            "nova/virt/libvirt/e2e_probe.py",
            "# written by PluginLoadsE2E\n",
            "libvirt: Add e2e probe module");
    GitResult push = pushForReview(clone, "master");
    push.assertOk();
    JsonArray found =
        getJson(NEWCOMER, "changes/?q=" + encode("change:" + changeId)).getAsJsonArray();
    assertWithMessage("change %s after push:\n%s", changeId, push.output())
        .that(found.size())
        .isEqualTo(1);
    int number = found.get(0).getAsJsonObject().get("_number").getAsInt();
    post(NEWCOMER, "changes/" + encode(DEMO_PROJECT) + "~" + number + "/abandon", "{}").assertOk();
  }

  private static int countChanges(String query) throws Exception {
    JsonElement result = getJson(ADMIN, "changes/?q=" + encode(query));
    return result.getAsJsonArray().size();
  }
}
