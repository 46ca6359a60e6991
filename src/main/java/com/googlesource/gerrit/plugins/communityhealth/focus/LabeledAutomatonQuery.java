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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.util.automaton.Automaton;

/**
 * An automaton query that prints as what the query said ({@code path:nova/db/**}, {@code
 * message:upgrade*}) rather than as its automaton.
 */
final class LabeledAutomatonQuery extends AutomatonQuery {
  /**
   * @param label the glob or wildcard term as written
   * @param automaton deterministic
   * @param binary whether {@code automaton} runs over UTF-8 bytes rather than code points
   */
  LabeledAutomatonQuery(String field, String label, Automaton automaton, boolean binary) {
    super(new Term(field, label), automaton, binary);
  }

  @Override
  public String toString(String defaultField) {
    return (getField().equals(defaultField) ? "" : getField() + ":") + term.text();
  }
}
