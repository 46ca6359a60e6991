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

import com.google.gerrit.extensions.annotations.Exports;
import com.google.gerrit.server.query.change.ChangeQueryBuilder.ChangeIsOperandFactory;
import com.google.gerrit.server.query.change.ChangeQueryBuilder.ChangeOperatorFactory;
import com.google.inject.AbstractModule;
import com.google.inject.Provider;

/**
 * Binds the search operators. Export names are lower case without {@code _}: Gerrit splits {@code
 * is:NAME_PLUGIN} on the underscore.
 */
public class QueryModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(ChangeOperatorFactory.class)
        .annotatedWith(Exports.named("tier"))
        .to(SignalOperands.Tier.class);
    bind(ChangeOperatorFactory.class)
        .annotatedWith(Exports.named("focus"))
        .to(SignalOperands.Focus.class);
    Provider<SignalOperands.Predicates> predicates = getProvider(SignalOperands.Predicates.class);
    bindIs(
        "ignored", new SignalOperands.IsSignal(predicates, "ignored", s -> s.ignored().ignored()));
    bindIs(
        "waiting",
        new SignalOperands.IsSignal(
            predicates, "waiting", s -> s.change().waitingSince().isPresent()));
    bindIs(
        "newcomer",
        new SignalOperands.IsSignal(predicates, "newcomer", s -> s.newcomer().newcomer()));
  }

  private void bindIs(String name, ChangeIsOperandFactory factory) {
    bind(ChangeIsOperandFactory.class).annotatedWith(Exports.named(name)).toInstance(factory);
  }
}
