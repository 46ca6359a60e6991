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

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Change;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.CurrentUser;
import com.google.gerrit.server.change.ChangeResource;
import com.google.gerrit.server.permissions.ChangePermission;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.api.SignalsInfo;
import com.googlesource.gerrit.plugins.communityhealth.automation.Welcomer;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.people.PeopleDirectory;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.util.ArrayList;
import java.util.List;

/**
 * Handles {@code GET /changes/{change}/community-health~signals}: the signals with the reasons
 * behind each. Gerrit has already checked that the caller can read the change. Signals that fail
 * are answered with an {@code error} marker, like the attribute that is left out: the change page
 * that asks must not break.
 */
@Singleton
public class GetSignals implements RestReadView<ChangeResource> {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ServerSettings settings;
  private final SignalEvaluator evaluator;
  private final ChangeData.Factory changeDataFactory;
  private final Welcomer welcomer;
  private final HealthMetrics metrics;
  private final PeopleDirectory people;
  private final Provider<CurrentUser> caller;
  private final PermissionBackend permissionBackend;

  @Inject
  GetSignals(
      ServerSettings settings,
      SignalEvaluator evaluator,
      ChangeData.Factory changeDataFactory,
      Welcomer welcomer,
      HealthMetrics metrics,
      PeopleDirectory people,
      Provider<CurrentUser> caller,
      PermissionBackend permissionBackend) {
    this.people = people;
    this.caller = caller;
    this.permissionBackend = permissionBackend;
    this.settings = settings;
    this.evaluator = evaluator;
    this.changeDataFactory = changeDataFactory;
    this.welcomer = welcomer;
    this.metrics = metrics;
  }

  /** The detail of a welcome posted on another change, which this caller may not see. */
  static final String WELCOMED_ELSEWHERE = "the owner was welcomed on another change";

  @Override
  public Response<SignalsInfo> apply(ChangeResource resource) throws Exception {
    PluginSwitch.checkEnabled(settings);
    ChangeData cd = changeDataFactory.create(resource.getNotes());
    Signals signals;
    try {
      signals = evaluator.evaluate(cd, TimeUtil.now());
    } catch (RuntimeException e) {
      metrics.errors.increment(HealthMetrics.Component.SIGNALS);
      logger.atWarning().withCause(e).log("signals of change %s failed", cd.getId());
      SignalsInfo failed = new SignalsInfo();
      failed.error = "the signals of this change could not be computed; see the server log";
      return Response.ok(failed);
    }
    // The flag is the server's; a reason names an exempt group only to a caller who may see it.
    CurrentUser user = caller.get();
    signals =
        new Signals(
            signals.change(),
            signals.newcomer().explainedTo(g -> people.canSee(user, g)),
            signals.ignored());
    SignalsInfo info = SignalsJson.withReasons(signals);
    hideInvisibleNeighbours(resource, info);
    if (signals.newcomer().newcomer()) {
      info.welcome = welcome(resource, cd);
    }
    return Response.ok(info);
  }

  /**
   * The signals are cached for every reader; the linked changes they name are the caller's to see
   * or not. One visibility check per named change (a few per matched area).
   */
  private void hideInvisibleNeighbours(ChangeResource resource, SignalsInfo info) {
    if (info.focusAreas == null) {
      return;
    }
    for (SignalsInfo.FocusMatchInfo area : info.focusAreas) {
      if (area.neighbours == null) {
        continue;
      }
      List<SignalsInfo.NeighbourInfo> visible = new ArrayList<>();
      for (SignalsInfo.NeighbourInfo n : area.neighbours) {
        if (canSee(resource, n.number)) {
          visible.add(n);
        }
      }
      area.neighbours = visible.isEmpty() ? null : visible;
    }
  }

  private boolean canSee(ChangeResource resource, int number) {
    try {
      ChangeData other = changeDataFactory.create(resource.getProject(), Change.id(number));
      return permissionBackend.user(resource.getUser()).change(other).test(ChangePermission.READ);
    } catch (RuntimeException | PermissionBackendException e) {
      // A change that is gone or cannot be checked is not named.
      return false;
    }
  }

  private SignalsInfo.WelcomeInfo welcome(ChangeResource resource, ChangeData cd) throws Exception {
    Welcomer.Outcome outcome = welcomer.preview(resource.getProject(), resource.getId());
    SignalsInfo.WelcomeInfo info = new SignalsInfo.WelcomeInfo();
    info.detail = outcome.detail();
    switch (outcome.kind()) {
      case ALREADY_WELCOMED, POSTED -> {
        info.status = "welcomed";
        // The welcome may be on a change the caller cannot see (another branch, a private
        // change): name neither it nor the claim ref (issue 21.4).
        if (!Welcomer.THIS_CHANGE.equals(outcome.detail())) {
          info.detail = WELCOMED_ELSEWHERE;
        }
      }
      case NOT_WANTED -> info.status = "off";
      case WOULD_POST, DRY_RUN -> {
        if (evaluator.policyOf(cd).policy().review().dryRun()) {
          info.status = "would_post";
          info.message = outcome.message().orElse(null);
        } else {
          info.status = "pending";
        }
      }
    }
    return info;
  }
}
