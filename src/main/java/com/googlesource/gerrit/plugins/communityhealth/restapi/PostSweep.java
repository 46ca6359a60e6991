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

import com.google.common.collect.ImmutableList;
import com.google.gerrit.extensions.restapi.AuthException;
import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.extensions.restapi.ResourceConflictException;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestModifyView;
import com.google.gerrit.server.config.ConfigResource;
import com.google.gerrit.server.permissions.GlobalPermission;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.api.SweepInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.SweepInput;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport;
import com.googlesource.gerrit.plugins.communityhealth.automation.Sweeper;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Handles {@code POST /config/server/community-health~sweep}: runs a sweep now and reports it.
 * Admins only: a sweep posts on changes of every project, and its report lists them all. Gerrit
 * checks nothing on {@code /config/server} views, so the check is here.
 *
 * <p>The body is read as a JSON object and checked field by field, because Gson would quietly turn
 * {@code {"dryRun": true}} (an unknown field) or {@code {"dry_run": "yes"}} into a real sweep that
 * posts reminders on every project.
 */
@Singleton
public class PostSweep implements RestModifyView<ConfigResource, JsonObject> {
  static final String DRY_RUN = "dry_run";

  private final PermissionBackend permissionBackend;
  private final Sweeper sweeper;
  private final ServerSettings settings;

  @Inject
  PostSweep(PermissionBackend permissionBackend, Sweeper sweeper, ServerSettings settings) {
    this.permissionBackend = permissionBackend;
    this.sweeper = sweeper;
    this.settings = settings;
  }

  @Override
  public Response<SweepInfo> apply(ConfigResource resource, JsonObject body)
      throws AuthException,
          BadRequestException,
          PermissionBackendException,
          ResourceConflictException {
    permissionBackend.currentUser().check(GlobalPermission.ADMINISTRATE_SERVER);
    SweepInput input = parse(body);
    PluginSwitch.checkEnabled(settings);
    boolean dryRun = Boolean.TRUE.equals(input.dryRun);
    return Response.ok(format(sweeper.sweep(dryRun)));
  }

  /** The body as a {@link SweepInput}: no other field than {@code dry_run}, and a boolean. */
  static SweepInput parse(JsonObject body) throws BadRequestException {
    SweepInput input = new SweepInput();
    if (body == null) {
      return input;
    }
    for (Map.Entry<String, JsonElement> field : body.entrySet()) {
      String name = field.getKey();
      if (!name.equals(DRY_RUN)) {
        throw new BadRequestException(
            "unknown field '"
                + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                + "'; the only field is "
                + DRY_RUN);
      }
      JsonElement value = field.getValue();
      if (value.isJsonNull()) {
        continue;
      }
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
        throw new BadRequestException(DRY_RUN + " must be true or false");
      }
      input.dryRun = value.getAsBoolean();
    }
    return input;
  }

  static SweepInfo format(SweepReport r) {
    SweepInfo info = new SweepInfo();
    info.dryRun = r.dryRun();
    info.started = Timestamp.from(r.started());
    info.durationMs = r.duration().toMillis();
    info.candidates = r.candidates();
    info.exempt = r.exempt();
    info.waiting = r.waiting();
    info.ignored = r.ignored();
    info.reminded = r.reminded();
    info.wouldRemind = r.wouldRemind();
    info.events = r.events();
    if (!r.skipped().isEmpty()) {
      Map<String, Integer> skipped = new LinkedHashMap<>();
      r.skipped().forEach((k, v) -> skipped.put(lower(k), v));
      info.skipped = skipped;
    }
    info.changes =
        r.changes().stream().map(PostSweep::entry).collect(ImmutableList.toImmutableList());
    info.changesTruncated = r.changesTruncated() ? true : null;
    return info;
  }

  private static SweepInfo.ChangeEntryInfo entry(SweepReport.Entry e) {
    SweepInfo.ChangeEntryInfo info = new SweepInfo.ChangeEntryInfo();
    info.project = e.project();
    info.number = e.number();
    info.outcome = lower(e.outcome());
    if (e.outcome() == SweepReport.Outcome.WOULD_REMIND) {
      info.wouldRemind = true;
    }
    if (e.event()) {
      info.event = true;
    }
    e.verdict()
        .ifPresent(
            v -> {
              v.waitingSince().ifPresent(w -> info.waitingSince = Timestamp.from(w));
              info.waited = roundedDown(v.waited());
              info.waitedSeconds = v.waited().getSeconds();
              info.rule = rule(v);
            });
    info.targets = people(e.targets());
    info.skippedAway = people(e.skippedAway());
    return info;
  }

  private static String rule(IgnoredVerdict v) {
    return (v.newcomerThreshold() ? "newcomerIgnoredAfter" : "ignoredAfter")
        + " = "
        + EffectiveConfig.format(v.threshold())
        + (v.workingDays() ? " (working days)" : "");
  }

  private static List<SweepInfo.PersonInfo> people(List<Person> people) {
    if (people.isEmpty()) {
      return null;
    }
    return people.stream()
        .map(
            p -> {
              SweepInfo.PersonInfo info = new SweepInfo.PersonInfo();
              info._accountId = p.accountId();
              info.name = p.displayName();
              info.status = p.status().orElse(null);
              return info;
            })
        .collect(ImmutableList.toImmutableList());
  }

  /** An elapsed time in its largest whole unit, in Gerrit's duration syntax: {@code 8d}. */
  static String roundedDown(Duration d) {
    if (d.toDays() > 0) {
      return d.toDays() + "d";
    }
    if (d.toHours() > 0) {
      return d.toHours() + "h";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + "min";
    }
    return d.getSeconds() + "s";
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
