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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

/**
 * The "done when" against the packaged plugin in a real daemon with the demo data: a change
 * touching {@code nova/virt/xenapi/} shows its tier and the untested-upstream warning, and the
 * support matrix lists every feature with its observed activity.
 */
public class SupportMatrixE2E extends DaemonE2ETestBase {
  @Test
  public void demoSupportMatrixListsEveryFeatureWithItsActivity() throws Exception {
    JsonObject matrix =
        getJson(NEWCOMER, "projects/" + encode(DEMO_PROJECT) + "/" + PLUGIN + "~features")
            .getAsJsonObject();
    assertThat(matrix.get("window_days").getAsInt()).isEqualTo(90);
    Map<String, JsonObject> byName = new HashMap<>();
    for (JsonElement f : matrix.getAsJsonArray("features")) {
      byName.put(f.getAsJsonObject().get("name").getAsString(), f.getAsJsonObject());
    }
    assertWithMessage("features of %s: %s", DEMO_PROJECT, matrix)
        .that(byName.keySet())
        .containsExactly("libvirt", "xenapi");
    for (JsonObject f : byName.values()) {
      JsonObject activity = f.getAsJsonObject("activity");
      assertWithMessage("%s", f).that(activity.get("merged").getAsInt()).isAtLeast(1);
      assertWithMessage("%s", f).that(activity.get("open").getAsInt()).isAtLeast(1);
    }
    JsonObject xenapi = byName.get("xenapi");
    assertThat(xenapi.get("maturity").getAsString()).isEqualTo("experimental");
    assertThat(xenapi.get("unmaintained").getAsBoolean()).isTrue();
    assertThat(xenapi.get("maintenance").getAsString()).isEqualTo("no-maintainers");
  }

  @Test
  public void demoXenapiChangeShowsItsTierAndTheUntestedUpstreamWarning() throws Exception {
    String query =
        "project:" + DEMO_PROJECT + " status:open owner:newcomer directory:nova/virt/xenapi";
    JsonObject xenapiChange = null;
    for (JsonElement c : getJson(NEWCOMER, "changes/?q=" + encode(query)).getAsJsonArray()) {
      xenapiChange = c.getAsJsonObject();
    }
    assertWithMessage("an open xenapi change by newcomer").that(xenapiChange).isNotNull();
    JsonObject attr = null;
    for (JsonElement p : xenapiChange.getAsJsonArray("plugins")) {
      if (p.getAsJsonObject().get("name").getAsString().equals(PLUGIN)) {
        attr = p.getAsJsonObject();
      }
    }
    assertWithMessage("%s attribute in %s", PLUGIN, xenapiChange).that(attr).isNotNull();
    assertThat(attr.get("tier").getAsString()).isEqualTo("experimental");
    assertThat(attr.get("untested_upstream").getAsBoolean()).isTrue();
  }
}
