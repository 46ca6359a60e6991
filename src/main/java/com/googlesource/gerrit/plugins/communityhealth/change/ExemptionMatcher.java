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

package com.googlesource.gerrit.plugins.communityhealth.change;

import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.index.query.QueryParseException;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangeQueryBuilder;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import java.util.Optional;

/**
 * Decides whether a change matches a project's {@code [review] exempt} query, in memory on the
 * change's data. Evaluated as the server, not as whoever asks, so that every reader sees the same
 * answer (operators about {@code self} match nobody).
 */
@Singleton
public class ExemptionMatcher {
  private final Provider<ChangeQueryBuilder> queryBuilder;
  private final OneOffRequestContext requestContext;

  @Inject
  ExemptionMatcher(Provider<ChangeQueryBuilder> queryBuilder, OneOffRequestContext requestContext) {
    this.queryBuilder = queryBuilder;
    this.requestContext = requestContext;
  }

  /**
   * Whether {@code cd} matches {@code query}; empty when there is no query.
   *
   * @throws IllegalStateException when the query does not parse or cannot be evaluated in memory
   *     (push validation rejects such queries; a stored one may predate the plugin)
   */
  public boolean matches(ChangeData cd, Optional<String> query) {
    if (query.isEmpty()) {
      return false;
    }
    try (ManualRequestContext ctx = requestContext.open()) {
      Predicate<ChangeData> p = queryBuilder.get().parse(query.get());
      if (!p.isMatchable()) {
        throw new IllegalStateException(
            "exempt query '" + query.get() + "' cannot be evaluated on a single change");
      }
      return p.asMatchable().match(cd);
    } catch (QueryParseException e) {
      throw new IllegalStateException("exempt query '" + query.get() + "' does not parse", e);
    }
  }
}
