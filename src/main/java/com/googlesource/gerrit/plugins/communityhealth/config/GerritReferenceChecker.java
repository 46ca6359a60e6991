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

package com.googlesource.gerrit.plugins.communityhealth.config;

import com.google.gerrit.index.query.QueryParseException;
import com.google.gerrit.server.account.AccountResolver;
import com.google.gerrit.server.account.GroupBackend;
import com.google.gerrit.server.account.GroupBackends;
import com.google.gerrit.server.query.change.ChangeQueryBuilder;
import com.google.inject.Inject;
import com.google.inject.Provider;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.errors.ConfigInvalidException;

/** Resolves accounts, groups and change queries against this Gerrit server. */
class GerritReferenceChecker implements ReferenceChecker {
  private final AccountResolver accountResolver;
  private final GroupBackend groupBackend;
  private final Provider<ChangeQueryBuilder> queryBuilder;

  @Inject
  GerritReferenceChecker(
      AccountResolver accountResolver,
      GroupBackend groupBackend,
      Provider<ChangeQueryBuilder> queryBuilder) {
    this.accountResolver = accountResolver;
    this.groupBackend = groupBackend;
    this.queryBuilder = queryBuilder;
  }

  @Override
  public Optional<String> checkAccount(String account) {
    try {
      if (accountResolver.resolveExactIgnoreVisibility(account).asList().size() == 1) {
        return Optional.empty();
      }
      return Optional.of("'" + account + "' is not exactly one account on this server");
    } catch (IOException | ConfigInvalidException e) {
      return Optional.of("cannot look up account '" + account + "': " + e.getMessage());
    }
  }

  @Override
  public Optional<String> checkGroup(String group) {
    return GroupBackends.findExactSuggestion(groupBackend, group) != null
        ? Optional.empty()
        : Optional.of("'" + group + "' is not a group on this server");
  }

  @Override
  public Optional<String> checkChangeQuery(String query) {
    try {
      if (!queryBuilder.get().parse(query).isMatchable()) {
        return Optional.of(
            "'"
                + query
                + "' cannot be evaluated on a single change; use operators such as hashtag:,"
                + " topic:, owner:, label: or status:");
      }
      return Optional.empty();
    } catch (QueryParseException e) {
      return Optional.of("'" + query + "' is not a valid change query: " + e.getMessage());
    }
  }
}
