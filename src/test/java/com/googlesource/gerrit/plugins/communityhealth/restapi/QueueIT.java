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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import static com.google.common.truth.Truth.assertThat;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate;
import com.google.gerrit.entities.Permission;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.group.SystemGroupBackend;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.QueueInfo;
import java.time.ZoneId;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class QueueIT extends AbstractCommunityHealthIT {
  private static final String FOCUS =
      """
      [focusArea "smoother-upgrades"]
        description = Rolling upgrades, online data migrations
        query = upgrade OR \\"online migration\\" OR path:nova/db/**
        weight = 2
      """;

  @Inject private ProjectOperations projectOperations;

  private TestAccount carla;

  @Before
  public void setUp() throws Exception {
    pushConfig(project, FOCUS).assertOkStatus();
    carla = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
  }

  @Test
  public void focusAreaMatchIsOnTheChangeWithTheTermsThatHit() throws Exception {
    PushOneCommit.Result r = upgradeChange();

    JsonObject change = json("/changes/" + r.getChangeId());
    JsonObject attr = null;
    for (JsonElement p : change.getAsJsonArray("plugins")) {
      attr = p.getAsJsonObject();
    }
    JsonObject area = attr.getAsJsonArray("focus_areas").get(0).getAsJsonObject();
    assertThat(area.get("name").getAsString()).isEqualTo("smoother-upgrades");
    assertThat(area.get("score").getAsDouble()).isGreaterThan(0.3);

    JsonObject signals = json("/changes/" + r.getChangeId() + "/" + PLUGIN + "~signals");
    JsonObject explained = signals.getAsJsonArray("focus_areas").get(0).getAsJsonObject();
    assertThat(explained.getAsJsonArray("paths").toString()).contains("nova/db/api.py");
    assertThat(explained.getAsJsonArray("terms").toString()).contains("online");
  }

  @Test
  public void focusedChangeRanksFirstWithItsScoreBrokenDown() throws Exception {
    PushOneCommit.Result plain =
        pushChangeAs(carla, project, "Fix typo in docs", "doc/index.rst", ZoneId.of("UTC"));
    PushOneCommit.Result focused = upgradeChange();

    QueueInfo queue =
        getJson(adminRestSession, projectUrl(project) + "/" + PLUGIN + "~queue", QueueInfo.class);

    assertThat(queue.changes).hasSize(2);
    assertThat(queue.changes.get(0).number).isEqualTo(focused.getChange().getId().get());
    assertThat(queue.changes.get(1).number).isEqualTo(plain.getChange().getId().get());
    QueueInfo.EntryInfo first = queue.changes.get(0);
    assertThat(first.breakdown.stream().map(f -> f.factor)).contains("focus");
    assertThat(first.score)
        .isWithin(0.011)
        .of(first.breakdown.stream().mapToDouble(f -> f.value).sum());
    assertThat(first.owner.username).isEqualTo("carla");
    assertThat(first.signals.newcomer).isTrue();
    assertThat(queue.more).isNull();
  }

  @Test
  public void pagesLikeGerritsOwnLists() throws Exception {
    pushChangeAs(carla, project, "Fix typo in docs", "doc/index.rst", ZoneId.of("UTC"));
    PushOneCommit.Result focused = upgradeChange();
    String url = projectUrl(project) + "/" + PLUGIN + "~queue";

    QueueInfo page1 = getJson(adminRestSession, url + "?n=1", QueueInfo.class);
    QueueInfo page2 = getJson(adminRestSession, url + "?n=1&S=1", QueueInfo.class);

    assertThat(page1.changes).hasSize(1);
    assertThat(page1.more).isTrue();
    assertThat(page1.changes.get(0).number).isEqualTo(focused.getChange().getId().get());
    assertThat(page2.changes).hasSize(1);
    assertThat(page2.more).isNull();
    adminRestSession.get(url + "?n=0").assertBadRequest();
    adminRestSession.get(url + "?n=501").assertBadRequest();
  }

  @Test
  public void workInProgressAndInvisibleChangesAreLeftOut() throws Exception {
    PushOneCommit.Result visible = upgradeChange();
    PushOneCommit.Result wip = upgradeChange();
    gApi.changes().id(wip.getChangeId()).setWorkInProgress();
    PushOneCommit.Result privateChange = upgradeChange();
    gApi.changes().id(privateChange.getChangeId()).setPrivate(true);

    QueueInfo asUser =
        getJson(userRestSession, projectUrl(project) + "/" + PLUGIN + "~queue", QueueInfo.class);
    assertThat(asUser.changes.stream().map(c -> c.number))
        .containsExactly(visible.getChange().getId().get());

    Project.NameKey hidden = projectOperations.newProject().create();
    pushChangeAs(admin, hidden, "Secret upgrade", "nova/db/x.py", ZoneId.of("UTC"));
    projectOperations
        .project(hidden)
        .forUpdate()
        .add(
            TestProjectUpdate.block(Permission.READ)
                .ref("refs/*")
                .group(SystemGroupBackend.REGISTERED_USERS))
        .update();
    QueueInfo server =
        getJson(userRestSession, "/config/server/" + PLUGIN + "~queue", QueueInfo.class);
    assertThat(server.project).isNull();
    assertThat(server.changes.stream().map(c -> c.project)).doesNotContain(hidden.get());
    assertThat(server.changes.stream().map(c -> c.number))
        .contains(visible.getChange().getId().get());
  }

  private PushOneCommit.Result upgradeChange() throws Exception {
    PushOneCommit.Result r =
        pushFactory
            .create(
                carla.newIdent(),
                cloneProject(project, carla),
                "Add online migration for instance flavors",
                Map.of("nova/db/api.py", "migrate\n"))
            .to("refs/for/master");
    r.assertOkStatus();
    return r;
  }

  private JsonObject json(String path) throws Exception {
    var res = adminRestSession.get(path);
    res.assertOK();
    return JsonParser.parseReader(res.getReader()).getAsJsonObject();
  }
}
