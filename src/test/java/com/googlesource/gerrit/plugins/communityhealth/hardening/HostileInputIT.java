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
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gerrit.acceptance.GerritServerRestSession;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.ConfigInfo;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.focus.BoundedPatchSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.http.client.fluent.Request;
import org.apache.http.entity.ContentType;
import org.junit.Before;
import org.junit.Test;

/**
 * Odd and hostile input (issue 10, part 4) in a real Gerrit: huge commit messages and patch sets
 * are pushed and answered within the plugin's caps, bad durations and expensive focus queries are
 * rejected at push with the stored configuration left in force, and malformed REST input gets a 400
 * naming what is wrong, never a 500, and changes nothing.
 */
public class HostileInputIT extends AbstractCommunityHealthIT {
  private static final String SWEEP = "/config/server/" + PLUGIN + "~sweep";

  private TestAccount carla;

  @Before
  public void setUp() throws Exception {
    carla = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
  }

  @Test
  public void megabyteCommitMessageIsPushedAndReadOnlyUpToTheCap() throws Exception {
    pushConfig(
            project,
            "[focusArea \"early\"]\n  query = upgrade\n[focusArea \"late\"]\n  query = zebracorn\n")
        .assertOkStatus();
    StringBuilder message = new StringBuilder("Upgrade the scheduler\n\n");
    while (message.length() < (1 << 20)) {
      message.append("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n");
    }
    // Only past the focus matcher's cap: must not be read.
    message.append("zebracorn\n");
    assertThat(message.length()).isGreaterThan(BoundedPatchSet.MAX_MESSAGE_CHARS * 32);

    PushOneCommit.Result r =
        pushFactory
            .create(
                carla.newIdent(), cloneProject(project, carla), message.toString(), "a.txt", "x\n")
            .to("refs/for/master");
    r.assertOkStatus();

    String signals = body(adminRestSession.get(signalsUrl(r)));
    assertThat(signals).contains("\"early\"");
    assertThat(signals).doesNotContain("\"late\"");
    assertThat(signals.length()).isLessThan(20_000);
    assertThat(attribute(r)).isNotNull();
    assertThat(body(adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~queue")))
        .contains("\"number\":" + r.getChange().getId().get());
    // Stored as pushed.
    assertThat(gApi.changes().id(r.getChangeId()).current().commit(false).message)
        .hasLength(message.length() + ("\nChange-Id: " + r.getChangeId() + "\n").length());
  }

  @Test
  public void tenThousandFilePatchSetIsClassifiedWithBoundedReasons() throws Exception {
    pushConfig(
            project,
            "[feature \"bulk\"]\n  path = bulk/**\n  maturity = complete\n"
                + "[focusArea \"first\"]\n  query = path:bulk/f00001.txt\n"
                + "[focusArea \"last\"]\n  query = path:bulk/f09999.txt\n")
        .assertOkStatus();
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < 10_000; i++) {
      files.put(String.format("bulk/f%05d.txt", i), i + "\n");
    }

    PushOneCommit.Result r =
        pushFactory
            .create(carla.newIdent(), cloneProject(project, carla), "Add bulk data", files)
            .to("refs/for/master");
    r.assertOkStatus();

    JsonObject attribute = attribute(r);
    assertThat(attribute.get("tier").getAsString()).isEqualTo("complete");
    String signals = body(adminRestSession.get(signalsUrl(r)));
    assertThat(signals).contains("\"bulk\"");
    // Paths past the first 1,000 are not read for focus areas.
    assertThat(signals).contains("\"first\"");
    assertThat(signals).doesNotContain("\"last\"");
    assertThat(signals.length()).isLessThan(20_000);
    assertThat(body(adminRestSession.get("/config/server/" + PLUGIN + "~queue")))
        .contains("\"number\":" + r.getChange().getId().get());
    assertThat(gApi.changes().id(r.getChangeId()).current().files()).hasSize(10_001);
  }

  @Test
  public void durationsThatAreNotPositiveAreRejectedAndTheStoredOnesStay() throws Exception {
    pushConfig(project, "[review]\n  ignoredAfter = 3d\n  newcomerIgnoredAfter = 1d\n")
        .assertOkStatus();

    String[][] bad = {
      {"review", "ignoredAfter", "0s"},
      {"review", "ignoredAfter", "-1d"},
      {"review", "newcomerIgnoredAfter", "0d"},
      {"review", "newcomerIgnoredAfter", "-36h"},
      {"feature \"f\"", "unmaintainedAfter", "0s"},
      {"feature \"f\"", "unmaintainedAfter", "-1d"},
    };
    for (String[] b : bad) {
      // The bad key in its own section; a feature needs a path to be otherwise valid.
      String text =
          b[0].equals("review")
              ? "[review]\n  " + b[1] + " = " + b[2] + "\n"
              : "[" + b[0] + "]\n  path = x/**\n  " + b[1] + " = " + b[2] + "\n";
      PushOneCommit.Result r = pushConfig(project, text);
      r.assertErrorStatus();
      assertWithMessage(String.join(" ", b))
          .that(r.getMessage())
          .contains("community-health.config: [" + b[0] + "] " + b[1] + ": '" + b[2] + "'");
      assertWithMessage(String.join(" ", b)).that(r.getMessage()).contains("positive");
    }

    ConfigInfo info = getJson(adminRestSession, configUrl(), ConfigInfo.class);
    ConfigInfo.SectionInfo review =
        info.sections.stream()
            .filter(s -> s.section.equals("review") && Objects.equals(s.name, null))
            .findFirst()
            .orElseThrow();
    assertThat(review.values.get("ignoredAfter").value).isEqualTo("3d");
    assertThat(review.values.get("newcomerIgnoredAfter").value).isEqualTo("1d");
    assertThat(info.problems).isNull();
  }

  @Test
  public void expensiveFocusQueriesAreRejectedAtPush() throws Exception {
    pushConfig(project, "[focusArea \"ok\"]\n  query = upgrade\n").assertOkStatus();
    String huge = "upgrade OR ".repeat(200) + "upgrade"; // > 2,000 characters
    String deep = "(".repeat(11) + "upgrade" + ")".repeat(11);
    StringBuilder many = new StringBuilder("t0");
    for (int i = 1; i <= 100; i++) {
      many.append(" OR t").append(i); // 101 terms
    }
    Map<String, String> cases =
        Map.of(
            huge,
            "characters long; at most 2000",
            deep,
            "parentheses nest deeper than 10 levels",
            many.toString(),
            "100",
            "*grade",
            "wildcard",
            "subject:*grade",
            "wildcard");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      PushOneCommit.Result r =
          pushConfig(project, "[focusArea \"costly\"]\n  query = " + c.getKey() + "\n");
      r.assertErrorStatus();
      assertWithMessage(c.getKey())
          .that(r.getMessage())
          .contains("community-health.config: [focusArea \"costly\"] query: ");
      assertWithMessage(c.getKey()).that(r.getMessage()).contains(c.getValue());
    }
    ConfigInfo info = getJson(adminRestSession, configUrl(), ConfigInfo.class);
    assertThat(info.sections.stream().map(s -> s.name)).contains("ok");
    assertThat(info.sections.stream().map(s -> s.name)).doesNotContain("costly");
  }

  @Test
  public void malformedSweepBodiesAreBadRequestsAndSweepNothing() throws Exception {
    pushConfig(
            project,
            "[review]\n  ignoredAfter = 1s\n  newcomerIgnoredAfter = 1s\n  remind = true\n")
        .assertOkStatus();
    PushOneCommit.Result r =
        pushChangeAs(carla, project, "Fix", "a.txt", java.time.ZoneId.of("UTC"));
    Thread.sleep(1_500);

    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("{", "Invalid application/json");
    // Gerrit reads JSON leniently: an unquoted word is a string.
    bodies.put("{\"dry_run\": tru}", "dry_run must be true or false");
    bodies.put("[true]", "Invalid application/json");
    bodies.put("{\"dry_run\": \"yes\"}", "dry_run must be true or false");
    bodies.put("{\"dry_run\": 1}", "dry_run must be true or false");
    bodies.put("{\"dry_run\": {\"a\": 1}}", "dry_run must be true or false");
    bodies.put("{\"dryRun\": true}", "unknown field 'dryRun'");
    bodies.put("{\"dry_run\": true, \"force\": true}", "unknown field 'force'");
    bodies.put(
        "{\"dry_run\": true, \"pad\": \"" + "x".repeat(4 << 20) + "\"}", "unknown field 'pad'");
    bodies.put("{\"dry_run\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}", "");
    for (Map.Entry<String, String> b : bodies.entrySet()) {
      RestResponse res = postRaw(SWEEP, b.getKey());
      String what = b.getKey().length() > 60 ? b.getKey().substring(0, 60) + "…" : b.getKey();
      assertWithMessage(what).that(res.getStatusCode()).isEqualTo(400);
      assertWithMessage(what).that(res.getEntityContent()).contains(b.getValue());
    }
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();

    // A well-formed dry run still works, and posts nothing either.
    RestResponse dry = postRaw(SWEEP, "{\"dry_run\": true}");
    dry.assertOK();
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
  }

  @Test
  public void badQueryParametersAreBadRequestsNamingTheParameter() throws Exception {
    String queue = projectUrl(project) + "/" + PLUGIN + "~queue";
    String serverQueue = "/config/server/" + PLUGIN + "~queue";
    String features = projectUrl(project) + "/" + PLUGIN + "~features";
    String metrics = projectUrl(project) + "/" + PLUGIN + "~metrics";
    Map<String, String> cases = new LinkedHashMap<>();
    for (String q : List.of(queue, serverQueue)) {
      cases.put(q + "?n=-1", "n must be between 1 and 500");
      cases.put(q + "?n=100000", "n must be between 1 and 500");
      cases.put(q + "?n=abc", "abc");
      cases.put(q + "?n=99999999999999999999", "99999999999999999999");
      cases.put(q + "?S=-1", "S must not be negative");
      cases.put(q + "?S=abc", "abc");
    }
    cases.put(metrics + "?window=0", "window must be 1 to 365 days");
    cases.put(metrics + "?window=999", "window must be 1 to 365 days");
    cases.put(metrics + "?window=abc", "abc");
    cases.put(features + "?window=0d", "window");
    cases.put(features + "?window=999999999999d", "window");
    cases.put(features + "?bogus=1", "bogus");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      RestResponse res = adminRestSession.get(c.getKey());
      assertWithMessage(c.getKey()).that(res.getStatusCode()).isEqualTo(400);
      assertWithMessage(c.getKey()).that(res.getEntityContent()).contains(c.getValue());
    }
    // A start past the end, even near Integer.MAX_VALUE, is an empty page, not an error.
    RestResponse far = adminRestSession.get(queue + "?S=2147483647");
    far.assertOK();
    JsonObject page = JsonParser.parseString(body(far)).getAsJsonObject();
    assertThat(page.getAsJsonArray("changes")).isEmpty();
    assertThat(page.has("more")).isFalse();
  }

  @Test
  public void reminderWithoutABotAccountLeavesTheChangeReadable() throws Exception {
    // No botAccount: the server posts. NoteDb cannot read back a CC added by the server (no
    // account), so before the fix the reminded change failed to load for everyone.
    accountCreator.create("vera", "vera@example.com", "Vera Maintainer", null);
    pushConfig(
            project,
            "[feature \"f\"]\n  path = f/**\n  maintainer = vera\n"
                + "[review]\n  ignoredAfter = 1s\n  newcomerIgnoredAfter = 1s\n  remind = true\n")
        .assertOkStatus();
    PushOneCommit.Result r =
        pushChangeAs(carla, project, "Fix f", "f/a.py", java.time.ZoneId.of("UTC"));
    Thread.sleep(1_500);

    adminRestSession.post(SWEEP).assertOK();

    List<com.google.gerrit.extensions.common.ChangeMessageInfo> reminders =
        messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG);
    assertThat(reminders).hasSize(1);
    // The server cannot bring vera onto the change: the reminder must not claim it did.
    assertThat(reminders.get(0).message).doesNotContain("Added to the attention set");
    assertThat(reminders.get(0).message).contains("without a bot account");
    assertThat(reminders.get(0).message).contains("Vera Maintainer");
    assertThat(gApi.changes().id(r.getChangeId()).get().subject).isEqualTo("Fix f");
    body(adminRestSession.get(signalsUrl(r)));
  }

  private RestResponse postRaw(String endPoint, String body) throws Exception {
    GerritServerRestSession session = (GerritServerRestSession) adminRestSession;
    return session.execute(
        Request.Post(session.getUrl(endPoint))
            .bodyByteArray(body.getBytes(UTF_8), ContentType.APPLICATION_JSON));
  }

  private String configUrl() {
    return projectUrl(project) + "/" + PLUGIN + "~config";
  }

  private static String signalsUrl(PushOneCommit.Result r) {
    return "/changes/" + r.getChangeId() + "/" + PLUGIN + "~signals";
  }

  private static String body(RestResponse res) throws Exception {
    res.assertOK();
    return res.getEntityContent();
  }

  /** The plugin's attribute on the change, read through a change query. */
  private JsonObject attribute(PushOneCommit.Result r) throws Exception {
    String json = body(adminRestSession.get("/changes/?q=change:" + r.getChange().getId().get()));
    for (JsonElement change : JsonParser.parseString(json).getAsJsonArray()) {
      for (JsonElement p : change.getAsJsonObject().getAsJsonArray("plugins")) {
        if (p.getAsJsonObject().get("name").getAsString().equals(PLUGIN)) {
          return p.getAsJsonObject();
        }
      }
    }
    throw new AssertionError("no attribute in " + json);
  }
}
