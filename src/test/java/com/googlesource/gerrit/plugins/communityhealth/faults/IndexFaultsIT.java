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
package com.googlesource.gerrit.plugins.communityhealth.faults;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestPlugin;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.change.IndexRefusingOwnerHistory;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerHistory;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics.Component;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.After;
import org.junit.Test;

/**
 * The change index throwing on the plugin's own query (the owner's merged changes, asked while
 * computing a change's signals): a signal computation that throws. Gerrit's own index queries keep
 * working: a global index setting small enough to fail the plugin's queries fails Gerrit's pushes
 * first, so only the plugin's query is made to fail, by a test double that sends the index a query
 * it refuses.
 */
@TestPlugin(
    name = "community-health",
    sysModule = "com.googlesource.gerrit.plugins.communityhealth.faults.IndexFaultModule",
    httpModule = "com.googlesource.gerrit.plugins.communityhealth.module.HttpModule")
public class IndexFaultsIT extends AbstractFaultsIT {
  @After
  public void indexRecovers() {
    index().refuse(false);
  }

  @Test
  public void refusedIndexQueryLeavesSignalsOutAndEverythingElseAnswers() throws Exception {
    pushConfig(project, VALID).assertOkStatus();
    abandonOpenChanges();
    index().refuse(true);
    long attributeErrors = errors(Component.ATTRIBUTE);
    long queryErrors = errors(Component.QUERY);
    long signalErrors = errors(Component.SIGNALS);
    long queueErrors = errors(Component.QUEUE);
    long sweepErrors = errors(Component.SWEEP);
    long welcomeErrors = errors(Component.WELCOME);

    PushOneCommit.Result r = pushChangeAs(carla, project, "xenapi: e", XENAPI_FILE, UTC);
    drainPluginQueue();
    TestTimeUtil.incrementClock(10, SECONDS);

    assertGerritAndPluginAnswer(r);
    // The query answers; the change is there without the plugin's attribute.
    JsonObject change = queried("change:" + r.getChangeId());
    assertThat(hasAttribute(change)).isFalse();
    // The operators treat the change as not matching.
    assertThat(restQuery("project:" + project.get() + " is:ignored_" + PLUGIN)).isEmpty();
    // The signals endpoint answers with an error marker.
    JsonObject signals =
        JsonParser.parseReader(adminRestSession.get(signalsUrl(r.getChangeId())).getReader())
            .getAsJsonObject();
    assertThat(signals.get("error").getAsString()).contains("could not be computed");
    assertThat(signals.has("tier")).isFalse();
    // No welcome without knowing whether the owner is a newcomer; no reminder either.
    assertThat(messagesTagged(r.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
    SweepReport sweep = sweeper().sweep(false);
    assertThat(sweep.skipped()).containsEntry(SweepReport.Skip.ERROR, 1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();

    assertThat(errors(Component.ATTRIBUTE)).isGreaterThan(attributeErrors);
    assertThat(errors(Component.QUERY)).isGreaterThan(queryErrors);
    assertThat(errors(Component.SIGNALS)).isGreaterThan(signalErrors);
    assertThat(errors(Component.QUEUE)).isGreaterThan(queueErrors);
    assertThat(errors(Component.SWEEP)).isGreaterThan(sweepErrors);
    assertThat(errors(Component.WELCOME)).isGreaterThan(welcomeErrors);

    // The index recovers: signals are back, the next sweep reminds once, the next change of the
    // newcomer is welcomed once.
    index().refuse(false);
    assertThat(hasAttribute(queried("change:" + r.getChangeId()))).isTrue();
    assertThat(sweeper().sweep(false).reminded()).isEqualTo(1);
    assertThat(sweeper().sweep(false).reminded()).isEqualTo(0);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
    PushOneCommit.Result next = pushChangeAs(carla, project, "next", "n.txt", UTC);
    drainPluginQueue();
    assertThat(messagesTagged(next.getChangeId(), BotPost.WELCOME_TAG)).hasSize(1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
  }

  private IndexRefusingOwnerHistory index() {
    return (IndexRefusingOwnerHistory) plugin.getSysInjector().getInstance(OwnerHistory.class);
  }

  private JsonArray restQuery(String q) throws Exception {
    RestResponse res =
        adminRestSession.get("/changes/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    res.assertOK();
    return JsonParser.parseReader(res.getReader()).getAsJsonArray();
  }

  private JsonObject queried(String q) throws Exception {
    JsonArray found = restQuery(q);
    assertThat(found).hasSize(1);
    return found.get(0).getAsJsonObject();
  }

  private static boolean hasAttribute(JsonObject change) {
    if (!change.has("plugins")) {
      return false;
    }
    for (JsonElement p : change.getAsJsonArray("plugins")) {
      if (p.getAsJsonObject().get("name").getAsString().equals(PLUGIN)) {
        return true;
      }
    }
    return false;
  }
}
