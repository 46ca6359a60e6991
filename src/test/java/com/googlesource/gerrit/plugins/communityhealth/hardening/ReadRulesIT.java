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

package com.googlesource.gerrit.plugins.communityhealth.hardening;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.gerrit.acceptance.GitUtil.fetch;
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.allow;
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.block;
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.permissionKey;
import static com.google.gerrit.server.group.SystemGroupBackend.ANONYMOUS_USERS;
import static com.google.gerrit.server.group.SystemGroupBackend.REGISTERED_USERS;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.RestSession;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.testsuite.group.GroupOperations;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.entities.AccountGroup;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.entities.Permission;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.testing.ConfigSuite;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerDecision;
import java.time.ZoneId;
import java.util.Map;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.junit.TestRepository;
import org.eclipse.jgit.lib.Config;
import org.junit.Before;
import org.junit.Test;

/**
 * Gerrit's read rules, tried against every surface of the plugin the way a hostile but ordinary
 * user would (issue 21; the {@code ~config} rule of issue 17.3). The world: a hidden project {@code
 * secret}, a branch {@code restricted} of the test project readable only by the group {@code
 * insiders} (not visible to all) and administrators, and four callers: a project owner, an insider,
 * an outsider (a registered user) and an anonymous visitor. Each test is one finding of the issue
 * or one row of {@code security.md}; {@link SecurityIT} covers the queues, metrics and hidden
 * projects of the earlier review.
 */
public class ReadRulesIT extends AbstractCommunityHealthIT {
  @ConfigSuite.Default
  public static Config withBot() {
    Config cfg = new Config();
    cfg.setString("plugin", "community-health", "botAccount", "ch-bot");
    return cfg;
  }

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final String RESTRICTED = "restricted";
  private static final String RESTRICTED_REF = RefNames.REFS_HEADS + RESTRICTED;
  private static final String SECRET_MARK = "SECRET";

  @Inject private ProjectOperations projectOperations;
  @Inject private GroupOperations groupOperations;

  private TestAccount owner;
  private TestAccount insider;
  private String insidersName;
  private AccountGroup.UUID insiders;
  private RestSession ownerSession;
  private RestSession insiderSession;

  @Before
  public void buildTheWorld() throws Exception {
    accountCreator.create("ch-bot", "bot@example.com", "Community Bot", null, "Service Users");
    owner = accountCreator.create("olive", "olive@example.com", "Olive Owner", null);
    insider = accountCreator.create("ines", "ines@example.com", "Ines Insider", null);
    insidersName = name("insiders");
    insiders =
        groupOperations
            .newGroup()
            .name(insidersName)
            .visibleToAll(false)
            .addMember(insider.id())
            .create();
    AccountGroup.UUID owners = groupOperations.newGroup().addMember(owner.id()).create();
    projectOperations
        .project(project)
        .forUpdate()
        .add(allow(Permission.OWNER).ref("refs/*").group(owners))
        .add(allow(Permission.PUSH).ref(RefNames.REFS_CONFIG).group(owners))
        .add(allow(Permission.READ).ref(RESTRICTED_REF).group(insiders))
        .add(allow(Permission.READ).ref(RESTRICTED_REF).group(adminGroupUuid()))
        .setExclusiveGroup(permissionKey(Permission.READ).ref(RESTRICTED_REF), true)
        .update();
    createBranch(BranchNameKey.create(project, RESTRICTED));
    ownerSession = server.createRestSession(owner);
    insiderSession = server.createRestSession(insider);
  }

  /** Finding 1: the newcomer count uses no change a reader of the change could not see. */
  @Test
  public void newcomerStatusCountsOnlyChangesTheChangesReadersCanSee() throws Exception {
    TestAccount nadia = accountCreator.create("nadia", "nadia@example.com", "Nadia New", null);
    Project.NameKey secret = projectOperations.newProject().name(name("secret")).create();
    merge(pushChangeAs(nadia, secret, "Secret work one", "s1.txt", UTC));
    merge(pushChangeAs(nadia, secret, "Secret work two", "s2.txt", UTC));
    hide(secret);
    pushConfig(project, "[newcomer]\n  maxMergedChanges = 2\n").assertOkStatus();
    PushOneCommit.Result change = pushChangeAs(nadia, project, "Public fix", "p.txt", UTC);
    int number = change.getChange().getId().get();

    // Gerrit itself tells the outsider nothing about Nadia's merged changes.
    assertThat(body(userRestSession.get("/changes/?q=owner:nadia+status:merged"))).contains("[]");

    for (Map.Entry<String, RestSession> caller : callers().entrySet()) {
      String who = caller.getKey();
      JsonObject signals = signals(caller.getValue(), number);
      // The same flag for the admin and the outsider: the change's own audience decides.
      assertWithMessage(who).that(signals.get("newcomer").getAsBoolean()).isTrue();
      assertWithMessage(who)
          .that(signals.get("newcomer_reason").getAsString())
          .startsWith("0 merged changes");
      // The change attribute and the search operator say the same.
      String query =
          body(caller.getValue().get("/changes/?q=is:newcomer_" + PLUGIN + "+change:" + number));
      assertWithMessage(who).that(query).contains("\"_number\":" + number);
      assertWithMessage(who).that(query).contains("\"newcomer\":true");
    }
  }

  /** Finding 1, the mentor picker: time zones come only from changes the change's readers see. */
  @Test
  public void mentorTimeZonesComeOnlyFromChangesTheChangesReadersCanSee() throws Exception {
    ZoneId kolkata = ZoneId.of("+05:30");
    TestAccount mika = accountCreator.create("mika", "mika@example.com", "Mika Mentor", null);
    TestAccount dora = accountCreator.create("dora", "dora@example.com", "Dora Mentor", null);
    groupOperations.group(insiders).forUpdate().addMember(mika.id()).update();
    pushChangeAs(mika, project, "Mika in Seattle", "m.txt", ZoneId.of("-08:00"));
    pushChangeAs(dora, project, "Dora in Kolkata", "d.txt", kolkata);
    // Mika's latest change, hidden from outsiders, says Kolkata too.
    TestRepository<InMemoryRepository> repo = cloneProject(project, mika);
    pushFactory
        .create(
            new org.eclipse.jgit.lib.PersonIdent(
                mika.fullName(),
                mika.email(),
                com.google.gerrit.server.util.time.TimeUtil.now(),
                kolkata),
            repo,
            "Mika, restricted",
            "mr.txt",
            "x\n")
        .to("refs/for/" + RESTRICTED)
        .assertOkStatus();
    pushConfig(
            project,
            "[newcomer]\n  welcome = true\n  mentor = mika\n  mentor = dora\n  mentorAs = cc\n"
                + "[review]\n  dryRun = true\n")
        .assertOkStatus();
    TestAccount tara = accountCreator.create("tara", "tara@example.com", "Tara New", null);
    PushOneCommit.Result change = pushChangeAs(tara, project, "Tara's fix", "t.txt", kolkata);

    for (Map.Entry<String, RestSession> caller : callers().entrySet()) {
      JsonObject welcome =
          signals(caller.getValue(), change.getChange().getId().get()).getAsJsonObject("welcome");
      // Only Dora's public change says Kolkata: she is picked, for every caller.
      assertWithMessage(caller.getKey())
          .that(welcome.get("detail").getAsString())
          .startsWith("picked Dora Mentor");
    }
  }

  /** Finding 2: a matrix import is read under the pusher's rights; outputs under the reader's. */
  @Test
  public void matrixImportsReadOnlyWhatTheirReadersMayRead() throws Exception {
    pushToRestricted("secrets/app.properties", "db.password = hunter2-" + SECRET_MARK + "\n");
    pushToRestricted("doc/matrix.ini", matrix("Live migration " + SECRET_MARK));

    // The owner may configure the project but not read the branch: refused, nothing echoed.
    for (String ref :
        ImmutableList.of(
            "secrets/app.properties@restricted#x", "doc/matrix.ini@restricted#operation.nope")) {
      PushOneCommit.Result r =
          pushConfigAs(owner, "[feature \"db\"]\n  path = db/**\n  matrix = \"" + ref + "\"\n");
      r.assertErrorStatus();
      r.assertMessage("branch " + RESTRICTED_REF + " is not readable by you");
      assertWithMessage(ref).that(r.getMessage()).doesNotContain("hunter2");
      assertWithMessage(ref).that(r.getMessage()).doesNotContain("operation.live-migrate");
      assertWithMessage(ref).that(r.getMessage()).doesNotContain("does not exist");
    }

    // The admin may read it: the import is valid, and its values reach only readers of the branch.
    pushConfig(
            project,
            "[feature \"db\"]\n  path = db/**\n"
                + "  matrix = \"doc/matrix.ini@restricted#operation.live-migrate\"\n")
        .assertOkStatus();
    String features = projectUrl(project) + "/" + PLUGIN + "~features";
    String config = projectUrl(project) + "/" + PLUGIN + "~config";
    assertThat(body(adminRestSession.get(features))).contains("Live migration " + SECRET_MARK);
    assertThat(body(adminRestSession.get(config))).contains("Live migration " + SECRET_MARK);
    assertThat(body(insiderSession.get(features))).contains("\"maturity\":\"complete\"");
    for (RestSession caller :
        ImmutableList.of(ownerSession, userRestSession, anonymousRestSession)) {
      String who = caller == ownerSession ? "owner" : caller == userRestSession ? "user" : "anon";
      String f = body(caller.get(features));
      assertWithMessage(who).that(f).doesNotContain(SECRET_MARK);
      assertWithMessage(who).that(f).contains("\"import_hidden\":true");
      assertWithMessage(who).that(f).doesNotContain("\"maturity\"");
      String c = body(caller.get(config));
      assertWithMessage(who).that(c).doesNotContain(SECRET_MARK);
      assertWithMessage(who).that(c).doesNotContain("hunter2");
    }
    // The owner reads the file: the value is there, marked as coming from where they cannot read.
    assertThat(body(ownerSession.get(config))).contains("doc/matrix.ini@restricted");
  }

  /** Finding 3: the welcome status names no change or ref the caller cannot see. */
  @Test
  public void welcomeStatusNamesNoHiddenChangeOrRef() throws Exception {
    pushConfig(project, "[newcomer]\n  welcome = true\n").assertOkStatus();
    TestAccount wes = accountCreator.create("wes", "wes@example.com", "Wes Welcome", null);
    groupOperations.group(insiders).forUpdate().addMember(wes.id()).update();
    TestRepository<InMemoryRepository> repo = cloneProject(project, wes);
    PushOneCommit.Result first =
        pushFactory
            .create(wes.newIdent(), repo, "First, restricted", "r.txt", "r\n")
            .to("refs/for/" + RESTRICTED);
    first.assertOkStatus();
    drainPluginQueue();
    assertThat(messagesTagged(first.getChangeId(), BotPost.WELCOME_TAG)).hasSize(1);
    PushOneCommit.Result second = pushChangeAs(wes, project, "Second, public", "p.txt", UTC);
    drainPluginQueue();
    assertThat(messagesTagged(second.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();

    int hidden = first.getChange().getId().get();
    for (RestSession caller : ImmutableList.of(userRestSession, anonymousRestSession)) {
      JsonObject welcome =
          signals(caller, second.getChange().getId().get()).getAsJsonObject("welcome");
      assertThat(welcome.get("status").getAsString()).isEqualTo("welcomed");
      String detail = welcome.get("detail").getAsString();
      assertThat(detail).doesNotContain("refs/");
      assertThat(detail).doesNotContain(Integer.toString(hidden));
      assertThat(detail).doesNotContain(Integer.toString(wes.id().get()));
    }
    // The first change itself: welcomed on this change.
    assertThat(
            signals(insiderSession, hidden).getAsJsonObject("welcome").get("detail").getAsString())
        .isEqualTo("this change");
  }

  /** Finding 4: membership is the server's fact; only its explanation depends on the reader. */
  @Test
  public void exemptGroupMembershipIsTheServersAndItsNameOnlyForThoseWhoSeeIt() throws Exception {
    pushConfig(
            project, "[newcomer]\n  welcome = true\n  exemptGroup = group:" + insidersName + "\n")
        .assertOkStatus();
    PushOneCommit.Result change = pushChangeAs(insider, project, "Insider fix", "i.txt", UTC);
    drainPluginQueue();

    // The background welcome saw the membership too.
    assertThat(messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
    int number = change.getChange().getId().get();
    for (Map.Entry<String, RestSession> caller : callers().entrySet()) {
      JsonObject signals = signals(caller.getValue(), number);
      assertWithMessage(caller.getKey()).that(signals.get("newcomer").getAsBoolean()).isFalse();
      String reason = signals.get("newcomer_reason").getAsString();
      if (caller.getKey().equals("admin") || caller.getKey().equals("insider")) {
        assertWithMessage(caller.getKey()).that(reason).contains(insidersName);
      } else {
        assertWithMessage(caller.getKey())
            .that(reason)
            .isEqualTo(NewcomerDecision.UNNAMED_EXEMPT_GROUP);
      }
    }
  }

  /** Issue 17.3: the configuration only for readers of refs/meta/config. */
  @Test
  public void theConfigurationIsForReadersOfRefsMetaConfigOnly() throws Exception {
    pushConfig(
            project,
            "[feature \"db\"]\n  path = db/**\n  maturity = complete\n  testing = checked\n"
                + "  maintainer = "
                + admin.email()
                + "\n[focusArea \"upgrades\"]\n  query = upgrade\n  description = Upgrades\n"
                + "[newcomer]\n  mentor = "
                + admin.username()
                + "\n  exemptGroup = group:"
                + insidersName
                + "\n[review]\n  exempt = hashtag:frozen"
                + SECRET_MARK
                + "\n  awayPattern = away"
                + SECRET_MARK
                + "\n")
        .assertOkStatus();
    String config = projectUrl(project) + "/" + PLUGIN + "~config";
    String features = projectUrl(project) + "/" + PLUGIN + "~features";

    for (RestSession reader : ImmutableList.of(adminRestSession, ownerSession)) {
      String c = body(reader.get(config));
      assertThat(c).contains("away" + SECRET_MARK);
      assertThat(c).contains("frozen" + SECRET_MARK);
      assertThat(c).contains(admin.email());
      assertThat(c).contains(insidersName);
      assertThat(body(reader.get(features))).contains(admin.email());
    }
    for (RestSession caller :
        ImmutableList.of(insiderSession, userRestSession, anonymousRestSession)) {
      String c = body(caller.get(config));
      assertThat(c).doesNotContain(SECRET_MARK);
      assertThat(c).doesNotContain(admin.email());
      assertThat(c).doesNotContain("\"mentor\"");
      assertThat(c).doesNotContain(insidersName);
      assertThat(c).doesNotContain("db/**");
      assertThat(c).doesNotContain("\"source\":\"" + project.get() + "\"");
      // What the signals show: the tier and testing, the focus area's description.
      assertThat(c).contains("\"complete\"");
      assertThat(c).contains("\"checked\"");
      assertThat(c).contains("Upgrades");
      String f = body(caller.get(features));
      assertThat(f).doesNotContain(admin.email());
      assertThat(f).contains("\"maturity\":\"complete\"");
    }
  }

  /** Finding 6: an anonymous sweep gets what rest-api.md says, Gerrit's answer to a write. */
  @Test
  public void anonymousAndNonAdminSweepsAreForbidden() throws Exception {
    String sweep = "/config/server/" + PLUGIN + "~sweep";
    anonymousRestSession.post(sweep).assertForbidden();
    userRestSession.post(sweep).assertForbidden();
    ownerSession.post(sweep).assertForbidden();
  }

  /** security.md: static pages carry no data; the plugin's REST views 404 on what is hidden. */
  @Test
  public void staticPagesCarryNoDataAndHiddenThingsAreNotFound() throws Exception {
    Project.NameKey secret = projectOperations.newProject().name(name("secret")).create();
    pushConfig(secret, "[feature \"x" + SECRET_MARK + "\"]\n  path = x/**\n").assertOkStatus();
    hide(secret);
    TestRepository<InMemoryRepository> repo = cloneProject(project, insider);
    PushOneCommit.Result restricted =
        pushFactory
            .create(insider.newIdent(), repo, "Restricted " + SECRET_MARK, "r.txt", "r\n")
            .to("refs/for/" + RESTRICTED);
    restricted.assertOkStatus();
    int number = restricted.getChange().getId().get();

    for (RestSession caller : ImmutableList.of(userRestSession, anonymousRestSession)) {
      caller.get("/changes/" + number + "/" + PLUGIN + "~signals").assertNotFound();
      for (String view : ImmutableList.of("~config", "~features", "~queue", "~metrics")) {
        RestResponse r = caller.get(projectUrl(secret) + "/" + PLUGIN + view);
        r.assertNotFound();
      }
      for (String url :
          ImmutableList.of(
              "/config/server/" + PLUGIN + "~queue",
              projectUrl(project) + "/" + PLUGIN + "~queue",
              "/changes/?q=is:newcomer_" + PLUGIN + "+OR+status:open")) {
        assertThat(body(caller.get(url))).doesNotContain(SECRET_MARK);
      }
      RestResponse page = caller.get("/plugins/" + PLUGIN + "/static/dashboard.html");
      if (page.getStatusCode() == 200) {
        assertThat(page.getEntityContent()).doesNotContain(SECRET_MARK);
      }
    }
    assertThat(body(insiderSession.get("/changes/" + number + "/" + PLUGIN + "~signals")))
        .doesNotContain("\"error\"");
  }

  private ImmutableMap<String, RestSession> callers() {
    return ImmutableMap.of(
        "admin", adminRestSession,
        "owner", ownerSession,
        "insider", insiderSession,
        "outsider", userRestSession,
        "anonymous", anonymousRestSession);
  }

  private void hide(Project.NameKey p) {
    projectOperations
        .project(p)
        .forUpdate()
        .add(block(Permission.READ).ref("refs/*").group(REGISTERED_USERS))
        .add(block(Permission.READ).ref("refs/*").group(ANONYMOUS_USERS))
        .update();
  }

  private void pushToRestricted(String path, String content) throws Exception {
    TestRepository<InMemoryRepository> repo = cloneProject(project, admin);
    fetch(repo, RESTRICTED_REF + ":" + RESTRICTED_REF);
    repo.reset(RESTRICTED_REF);
    pushFactory
        .create(admin.newIdent(), repo, "Add " + path, path, content)
        .to(RESTRICTED_REF)
        .assertOkStatus();
  }

  private PushOneCommit.Result pushConfigAs(TestAccount who, String text) throws Exception {
    TestRepository<InMemoryRepository> repo = cloneProject(project, who);
    fetch(repo, RefNames.REFS_CONFIG + ":" + RefNames.REFS_CONFIG);
    repo.reset(RefNames.REFS_CONFIG);
    return pushFactory
        .create(who.newIdent(), repo, "Configure", ProjectPolicy.FILE_NAME, text)
        .to(RefNames.REFS_CONFIG);
  }

  private JsonObject signals(RestSession caller, int change) throws Exception {
    RestResponse r = caller.get("/changes/" + change + "/" + PLUGIN + "~signals");
    r.assertOK();
    JsonElement json = JsonParser.parseReader(r.getReader());
    return json.getAsJsonObject();
  }

  private static String body(RestResponse r) throws Exception {
    r.assertOK();
    return r.getEntityContent();
  }

  private static String matrix(String title) {
    return """
    [target.libvirt-kvm]
    title=libvirt+kvm

    [operation.live-migrate]
    title=%s
    maturity=complete
    libvirt-kvm=complete
    """
        .formatted(title);
  }
}
