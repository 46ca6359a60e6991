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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gson.JsonObject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.FocusRefreshInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.SignalsInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.junit.TestRepository;
import org.junit.Test;

/**
 * Focus areas with links, in a real Gerrit: a change whose message names the area's blueprint is
 * linked to it; after {@code ~focus-refresh} a change without a link that resembles the linked ones
 * matches the area, naming its nearest linked changes, but only those the caller can see.
 */
public class FocusLinksIT extends AbstractCommunityHealthIT {
  private static final String CONFIG =
      "[focusArea \"numa\"]\n"
          + "  query = zebracorn\n"
          + "  link = message:\"blueprint numa-topology\" OR topic:bp/numa-topology\n";

  @Test
  public void linkedChangesTeachTheAreaAndNeighboursAreNamedToThoseWhoMaySeeThem()
      throws Exception {
    pushConfig(project, CONFIG).assertOkStatus();
    PushOneCommit.Result linkedA =
        push(
            admin,
            "Add NUMA topology cells to the guest config\n\n"
                + "Guests get one NUMA cell per host node with pinned vCPUs.\n\n"
                + "Partially implements blueprint numa-topology",
            ImmutableMap.of(
                "nova/virt/hardware.py", "numa cells\n",
                "nova/virt/libvirt/config.py", "guest numa\n"));
    PushOneCommit.Result linkedB =
        push(
            admin,
            "Fit instance NUMA topology onto host cells\n\n"
                + "The scheduler filter checks the NUMA topology fits the host cells.\n\n"
                + "Partially implements blueprint numa-topology",
            ImmutableMap.of(
                "nova/virt/hardware.py", "fit numa topology\n",
                "nova/scheduler/filters/numa_topology_filter.py", "filter\n"));
    PushOneCommit.Result secret =
        push(
            admin,
            "Pin guest vCPUs to NUMA topology host cells\n\n"
                + "Pinned vCPUs follow the guest NUMA topology cells.\n\n"
                + "Partially implements blueprint numa-topology",
            ImmutableMap.of(
                "nova/virt/hardware.py", "pin cells\n",
                "nova/virt/libvirt/driver.py", "pinning\n"));
    gApi.changes().id(secret.getChangeId()).setPrivate(true);
    for (String other :
        List.of(
            "Fix typo in the API reference",
            "Tidy the quota tests",
            "Describe the cells v2 layout in the docs",
            "Log the volume attachment id")) {
      push(admin, other, ImmutableMap.of("doc/source/" + other.length() + ".rst", other + "\n"));
    }
    PushOneCommit.Result follower =
        push(
            user,
            "Handle guests without NUMA topology cells\n\n"
                + "A guest whose NUMA topology has no cells keeps its vCPUs unpinned.",
            ImmutableMap.of("nova/virt/hardware.py", "no cells\n"));

    RestResponse refreshed =
        adminRestSession.post(
            projectUrl(project) + "/" + PLUGIN + "~focus-refresh", new JsonObject());
    refreshed.assertOK();
    FocusRefreshInfo refresh = newGson().fromJson(refreshed.getReader(), FocusRefreshInfo.class);
    assertThat(refresh.changes).isEqualTo(8);
    assertThat(refresh.areas).hasSize(1);
    assertThat(refresh.areas.get(0).name).isEqualTo("numa");
    assertThat(refresh.areas.get(0).linkedChanges).isEqualTo(3);
    assertThat(refresh.tookMs).isAtLeast(0L);

    SignalsInfo.FocusMatchInfo linked = area(signals(adminRestSession, linkedA), "numa");
    assertThat(linked.linkedBy).isEqualTo("message:\"blueprint numa-topology\"");

    SignalsInfo.FocusMatchInfo asAdmin = area(signals(adminRestSession, follower), "numa");
    assertThat(asAdmin.linkedBy).isNull();
    assertThat(asAdmin.neighbours).isNotNull();
    Map<Integer, String> named =
        asAdmin.neighbours.stream().collect(Collectors.toMap(n -> n.number, n -> n.subject));
    assertThat(named)
        .containsAtLeast(
            linkedA.getChange().getId().get(), "Add NUMA topology cells to the guest config",
            secret.getChange().getId().get(), "Pin guest vCPUs to NUMA topology host cells");
    assertThat(named.keySet()).containsNoneOf(follower.getChange().getId().get(), 0);
    assertThat(asAdmin.clues).isNotEmpty();
    assertThat(asAdmin.clues.get(0).worth).isAtMost(1.0);
    assertThat(asAdmin.clues.get(asAdmin.clues.size() - 1).worth).isGreaterThan(0.0);

    SignalsInfo.FocusMatchInfo asUser = area(signals(userRestSession, follower), "numa");
    assertThat(asUser.neighbours).isNotNull();
    assertThat(asUser.neighbours.stream().map(n -> n.number).toList())
        .doesNotContain(secret.getChange().getId().get());
    assertThat(asUser.neighbours.stream().map(n -> n.number).toList())
        .contains(linkedA.getChange().getId().get());
    assertThat(linkedB.getChange().getId().get()).isGreaterThan(0);
  }

  @Test
  public void onlyProjectOwnersMayRefresh() throws Exception {
    pushConfig(project, CONFIG).assertOkStatus();
    userRestSession
        .post(projectUrl(project) + "/" + PLUGIN + "~focus-refresh", new JsonObject())
        .assertForbidden();
  }

  @Test
  public void aLinkGerritCannotEvaluateIsRefusedOnPush() throws Exception {
    PushOneCommit.Result r =
        pushConfig(
            project,
            "[focusArea \"numa\"]\n  query = numa\n  link = hashtag:numa OR nosuchoperator:x\n");
    r.assertErrorStatus("invalid community-health.config");
    r.assertMessage("link: 'hashtag:numa OR nosuchoperator:x' is not a valid change query");
  }

  private PushOneCommit.Result push(TestAccount owner, String message, Map<String, String> files)
      throws Exception {
    TestRepository<InMemoryRepository> repo = cloneProject(project, owner);
    PushOneCommit.Result r =
        pushFactory.create(owner.newIdent(), repo, message, files).to("refs/for/master");
    r.assertOkStatus();
    return r;
  }

  private SignalsInfo signals(
      com.google.gerrit.acceptance.RestSession session, PushOneCommit.Result change)
      throws Exception {
    return getJson(
        session,
        "/changes/" + change.getChange().getId().get() + "/" + PLUGIN + "~signals",
        SignalsInfo.class);
  }

  private static SignalsInfo.FocusMatchInfo area(SignalsInfo info, String name) {
    assertThat(info.focusAreas).isNotNull();
    return info.focusAreas.stream()
        .filter(a -> a.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no focus area " + name + " in " + info.focusAreas));
  }
}
