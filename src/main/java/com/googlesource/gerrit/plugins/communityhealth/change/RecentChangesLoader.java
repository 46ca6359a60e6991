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
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.index.query.QueryParseException;
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
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.ExampleChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Loads what focus areas learn from: a project's recent open and merged changes (one change index
 * query, most recently updated first, at most {@value #MAX_CHANGES}), each marked with the areas
 * whose {@code link} selects it within the area's {@code learnWindow}. Links are evaluated on each
 * change's loaded data, as the server ({@link ExemptionMatcher}).
 */
@Singleton
public class RecentChangesLoader {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** The most recent changes a project's areas learn from. */
  public static final int MAX_CHANGES = 2_000;

  private final Provider<ChangeQueryBuilder> queryBuilder;
  private final Provider<InternalChangeQuery> indexQuery;
  private final OneOffRequestContext requestContext;
  private final ExemptionMatcher queries;
  private final ChangeFactsLoader facts;

  @Inject
  RecentChangesLoader(
      Provider<ChangeQueryBuilder> queryBuilder,
      Provider<InternalChangeQuery> indexQuery,
      OneOffRequestContext requestContext,
      ExemptionMatcher queries,
      ChangeFactsLoader facts) {
    this.queryBuilder = queryBuilder;
    this.indexQuery = indexQuery;
    this.requestContext = requestContext;
    this.queries = queries;
    this.facts = facts;
  }

  /**
   * The recent changes of {@code project} for {@code areas} at {@code now}: updated within the
   * longest {@code learnWindow} of the areas that have a link. Empty when no area has a link.
   */
  public ImmutableList<ExampleChange> load(
      Project.NameKey project, List<FocusAreaDefinition> areas, Instant now) {
    List<FocusAreaDefinition> linkedAreas =
        areas.stream().filter(a -> a.link().isPresent()).toList();
    if (linkedAreas.isEmpty()) {
      return ImmutableList.of();
    }
    Duration window =
        linkedAreas.stream()
            .map(FocusAreaDefinition::learnWindow)
            .max(Duration::compareTo)
            .orElse(FocusAreaDefinition.DEFAULT_LEARN_WINDOW);
    try (ManualRequestContext ctx = requestContext.open()) {
      Predicate<ChangeData> p =
          Predicate.and(
              ChangePredicates.project(project),
              Predicate.or(
                  ChangeStatusPredicate.open(),
                  ChangeStatusPredicate.forStatus(Change.Status.MERGED)),
              queryBuilder.get().parse("-age:" + Math.max(1, window.toDays()) + "d"));
      ImmutableList.Builder<ExampleChange> out = ImmutableList.builder();
      for (ChangeData cd : indexQuery.get().setLimit(MAX_CHANGES).query(p)) {
        example(cd, linkedAreas, now).ifPresent(out::add);
      }
      return out.build();
    } catch (QueryParseException e) {
      throw new IllegalStateException("cannot query recent changes of " + project, e);
    }
  }

  /** One change with its linked areas; empty when it cannot be read (it is left out). */
  private Optional<ExampleChange> example(
      ChangeData cd, List<FocusAreaDefinition> linkedAreas, Instant now) {
    try {
      Instant updated = cd.change().getLastUpdatedOn();
      ImmutableSet.Builder<String> linked = ImmutableSet.builder();
      for (FocusAreaDefinition area : linkedAreas) {
        if (!updated.isBefore(now.minus(area.learnWindow()))
            && queries.matchingClause(cd, area.link().get()).isPresent()) {
          linked.add(area.name());
        }
      }
      return Optional.of(new ExampleChange(cd.getId().get(), facts.text(cd), linked.build()));
    } catch (RuntimeException e) {
      logger.atWarning().withCause(e).log("change %s left out of focus learning", cd.getId());
      return Optional.empty();
    }
  }
}
