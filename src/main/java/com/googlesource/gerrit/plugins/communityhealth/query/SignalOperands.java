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

package com.googlesource.gerrit.plugins.communityhealth.query;

import com.google.gerrit.extensions.annotations.PluginName;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.index.query.QueryParseException;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangeQueryBuilder;
import com.google.gerrit.server.query.change.ChangeQueryBuilder.ChangeIsOperandFactory;
import com.google.gerrit.server.query.change.ChangeQueryBuilder.ChangeOperatorFactory;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.ConfigEnums;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import com.googlesource.gerrit.plugins.communityhealth.tier.Maturity;
import java.util.Optional;

/**
 * The plugin's search operators. Gerrit names a plugin's {@code is:} operand {@code is:NAME_PLUGIN}
 * and its operators {@code NAME_PLUGIN:VALUE}:
 *
 * <ul>
 *   <li>{@code is:ignored_community-health}: waiting on reviewers longer than allowed;
 *   <li>{@code is:waiting_community-health}: waiting on reviewers;
 *   <li>{@code is:newcomer_community-health}: owned by a newcomer;
 *   <li>{@code tier_community-health:experimental}: the change's tier (its weakest touched
 *       feature's maturity);
 *   <li>{@code focus_community-health:NAME}: the change matches the focus area {@code NAME}.
 * </ul>
 *
 * With the plugin switched off they match nothing.
 */
final class SignalOperands {
  /** Builds predicates over one shared evaluator. */
  @Singleton
  static class Predicates {
    private final SignalEvaluator evaluator;
    private final HealthMetrics metrics;
    private final ServerSettings settings;
    private final String pluginName;

    @Inject
    Predicates(
        SignalEvaluator evaluator,
        HealthMetrics metrics,
        ServerSettings settings,
        @PluginName String pluginName) {
      this.evaluator = evaluator;
      this.metrics = metrics;
      this.settings = settings;
      this.pluginName = pluginName;
    }

    Predicate<ChangeData> is(String name, java.util.function.Predicate<Signals> test) {
      return create("is", name + "_" + pluginName, test);
    }

    Predicate<ChangeData> operator(
        String name, String value, java.util.function.Predicate<Signals> test) {
      return create(name + "_" + pluginName, value, test);
    }

    private Predicate<ChangeData> create(
        String operator, String value, java.util.function.Predicate<Signals> test) {
      java.util.function.Predicate<Signals> t = settings.enabled() ? test : s -> false;
      return new SignalPredicate(operator, value, evaluator, metrics, TimeUtil.now(), t);
    }
  }

  /** {@code is:NAME_community-health}: the signals pass {@code test}. */
  static class IsSignal implements ChangeIsOperandFactory {
    private final com.google.inject.Provider<Predicates> predicates;
    private final String name;
    private final java.util.function.Predicate<Signals> test;

    IsSignal(
        com.google.inject.Provider<Predicates> predicates,
        String name,
        java.util.function.Predicate<Signals> test) {
      this.predicates = predicates;
      this.name = name;
      this.test = test;
    }

    @Override
    public Predicate<ChangeData> create(ChangeQueryBuilder builder) {
      return predicates.get().is(name, test);
    }
  }

  static class Tier implements ChangeOperatorFactory {
    private final Predicates predicates;

    @Inject
    Tier(Predicates predicates) {
      this.predicates = predicates;
    }

    @Override
    public Predicate<ChangeData> create(ChangeQueryBuilder builder, String value)
        throws QueryParseException {
      Optional<Maturity> tier = ConfigEnums.parse(Maturity.class, value);
      if (tier.isEmpty()) {
        throw new QueryParseException(
            "unknown tier '"
                + value
                + "'; one of: "
                + String.join(", ", ConfigEnums.names(Maturity.class)));
      }
      Maturity wanted = tier.get();
      return predicates.operator(
          "tier",
          ConfigEnums.name(wanted),
          s -> s.change().tier().tier().filter(wanted::equals).isPresent());
    }
  }

  static class Focus implements ChangeOperatorFactory {
    private final Predicates predicates;

    @Inject
    Focus(Predicates predicates) {
      this.predicates = predicates;
    }

    @Override
    public Predicate<ChangeData> create(ChangeQueryBuilder builder, String value)
        throws QueryParseException {
      if (value.isBlank()) {
        throw new QueryParseException("focus area name is empty");
      }
      // Names are subsection names of the project's configuration: exact and case-sensitive.
      return predicates.operator(
          "focus", value, s -> s.change().focus().stream().anyMatch(f -> f.name().equals(value)));
    }
  }

  private SignalOperands() {}
}
