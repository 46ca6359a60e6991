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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.index.query.QueryParseException;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeQueryBuilder;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Decides which changes match a Gerrit change query of the configuration ({@code [review] exempt},
 * {@code [focusArea] link}), with the same query semantics two ways: for all open changes of a
 * project at once with one change index query (the sweep), and for one change in memory on its
 * already loaded data (its signals, where a query per change would cost an index round trip each).
 * Evaluated as the server, not as whoever asks, so that every reader sees the same answer
 * (operators about {@code self} match nobody). Push validation ({@code
 * ReferenceChecker#checkChangeQuery}) admits only queries that this class can evaluate per change.
 */
@Singleton
public class ExemptionMatcher {
  private final Provider<ChangeQueryBuilder> queryBuilder;
  private final Provider<InternalChangeQuery> indexQuery;
  private final OneOffRequestContext requestContext;

  @Inject
  ExemptionMatcher(
      Provider<ChangeQueryBuilder> queryBuilder,
      Provider<InternalChangeQuery> indexQuery,
      OneOffRequestContext requestContext) {
    this.queryBuilder = queryBuilder;
    this.indexQuery = indexQuery;
    this.requestContext = requestContext;
  }

  /**
   * The open changes of {@code project} that match {@code query}, by one change index query.
   *
   * @throws IllegalStateException when the query does not parse (push validation rejects such
   *     queries; a stored one may predate the plugin)
   * @throws com.google.gerrit.exceptions.StorageException when the index fails
   */
  public ImmutableSet<Change.Id> openMatches(Project.NameKey project, String query) {
    try (ManualRequestContext ctx = requestContext.open()) {
      Predicate<ChangeData> p =
          Predicate.and(
              ChangePredicates.project(project),
              ChangeStatusPredicate.open(),
              queryBuilder.get().parse(query));
      return indexQuery
          .get()
          .setNoLimit(true)
          .setRequestedFields(ChangeField.CHANGE_SPEC)
          .query(p)
          .stream()
          .map(ChangeData::getId)
          .collect(ImmutableSet.toImmutableSet());
    } catch (QueryParseException e) {
      throw new IllegalStateException("change query '" + query + "' does not parse", e);
    }
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
      return matches(cd, query.get());
    }
  }

  /**
   * The clause of {@code query} that selects {@code cd}: the first of its top-level {@code OR}
   * alternatives that matches, as written (the whole query when it has no top-level {@code OR});
   * empty when the query does not select the change. For a focus area's {@code link}, so that a
   * linked change says what linked it.
   *
   * @throws IllegalStateException like {@link #matches}
   */
  public Optional<String> matchingClause(ChangeData cd, String query) {
    try (ManualRequestContext ctx = requestContext.open()) {
      if (!matches(cd, query)) {
        return Optional.empty();
      }
      List<String> clauses = topLevelAlternatives(query);
      if (clauses.size() > 1) {
        for (String clause : clauses) {
          if (matches(cd, clause)) {
            return Optional.of(clause);
          }
        }
      }
      return Optional.of(query.trim());
    }
  }

  private boolean matches(ChangeData cd, String query) {
    try {
      Predicate<ChangeData> p = queryBuilder.get().parse(query);
      if (!p.isMatchable()) {
        throw new IllegalStateException(
            "change query '" + query + "' cannot be evaluated on a single change");
      }
      return p.asMatchable().match(cd);
    } catch (QueryParseException e) {
      throw new IllegalStateException("change query '" + query + "' does not parse", e);
    }
  }

  /**
   * The top-level {@code OR} alternatives of a Gerrit query, as written: split at {@code OR}
   * outside quotes and parentheses. A query that is not an alternative at its top level is one
   * clause.
   */
  static ImmutableList<String> topLevelAlternatives(String query) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted
          && depth == 0
          && query.startsWith("OR", i)
          && (i == 0 || Character.isWhitespace(query.charAt(i - 1)))
          && (i + 2 == query.length() || Character.isWhitespace(query.charAt(i + 2)))) {
        String clause = query.substring(start, i).trim();
        if (!clause.isEmpty()) {
          out.add(clause);
        }
        start = i + 2;
        i++;
      }
    }
    String last = query.substring(start).trim();
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out.build();
  }
}
