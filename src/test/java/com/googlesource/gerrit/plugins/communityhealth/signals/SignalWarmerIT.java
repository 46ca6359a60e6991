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

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import java.time.ZoneId;
import org.junit.Test;

public class SignalWarmerIT extends AbstractCommunityHealthIT {
  @Inject private ChangeData.Factory changeDataFactory;

  @Test
  public void signalsAreReadyBeforeAnyoneAsksAfterUploadAndTopicEdit() throws Exception {
    pushConfig(project, "[focusArea \"upgrades\"]\n  query = upgrade\n").assertOkStatus();
    PushOneCommit.Result r =
        pushChangeAs(admin, project, "Upgrade the database", "db.py", ZoneId.of("UTC"));
    drainPluginQueue();
    assertThat(evaluator().isCached(current(r), TimeUtil.now())).isTrue();

    gApi.changes().id(r.getChangeId()).topic("bp/smoother-upgrades");
    drainPluginQueue();
    assertThat(evaluator().isCached(current(r), TimeUtil.now())).isTrue();
  }

  private ChangeData current(PushOneCommit.Result r) {
    return changeDataFactory.create(project, r.getChange().getId());
  }

  private SignalEvaluator evaluator() {
    return plugin.getSysInjector().getInstance(SignalEvaluator.class);
  }
}
