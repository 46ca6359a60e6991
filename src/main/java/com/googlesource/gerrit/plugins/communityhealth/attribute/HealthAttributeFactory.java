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

package com.googlesource.gerrit.plugins.communityhealth.attribute;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Change;
import com.google.gerrit.extensions.common.PluginDefinedInfo;
import com.google.gerrit.server.DynamicOptions.BeanProvider;
import com.google.gerrit.server.change.ChangePluginDefinedInfoFactory;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.restapi.SignalsJson;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts the plugin's attribute into {@code ChangeInfo.plugins} of every change Gerrit formats: one
 * call for all results of a query, served from the signals cache. A change whose signals fail is
 * logged, counted and left without the attribute; the query itself never fails.
 */
@Singleton
class HealthAttributeFactory implements ChangePluginDefinedInfoFactory {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ServerSettings settings;
  private final SignalEvaluator evaluator;
  private final HealthMetrics metrics;

  @Inject
  HealthAttributeFactory(
      ServerSettings settings, SignalEvaluator evaluator, HealthMetrics metrics) {
    this.settings = settings;
    this.evaluator = evaluator;
    this.metrics = metrics;
  }

  @Override
  public Map<Change.Id, PluginDefinedInfo> createPluginDefinedInfos(
      Collection<ChangeData> cds, BeanProvider beanProvider, String plugin) {
    Map<Change.Id, PluginDefinedInfo> out = new HashMap<>();
    if (!settings.enabled()) {
      return out;
    }
    SignalEvaluator.Batch batch = evaluator.batch(TimeUtil.now());
    for (ChangeData cd : cds) {
      try {
        out.put(cd.getId(), SignalsJson.attribute(batch.evaluate(cd)));
      } catch (RuntimeException e) {
        metrics.errors.increment(HealthMetrics.Component.ATTRIBUTE);
        logger.atWarning().withCause(e).log("signals of change %s left out", cd.getId());
      }
    }
    return out;
  }
}
