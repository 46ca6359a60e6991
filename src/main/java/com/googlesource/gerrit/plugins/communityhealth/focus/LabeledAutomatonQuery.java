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

import java.io.IOException;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * An automaton query that prints as what the query said ({@code path:nova/db/**}, {@code
 * message:upgrade*}) rather than as its automaton.
 */
final class LabeledAutomatonQuery extends AutomatonQuery {
  /** Up to this many terms in a field, terms are tested one by one. */
  private static final int LINEAR_SCAN_MAX_TERMS = 256;

  /**
   * @param label the glob or wildcard term as written
   * @param automaton deterministic
   * @param binary whether {@code automaton} runs over UTF-8 bytes rather than code points
   */
  LabeledAutomatonQuery(String field, String label, Automaton automaton, boolean binary) {
    super(new Term(field, label), automaton, binary);
  }

  /**
   * A patch set's field holds a few dozen terms at most, which a plain pass through them with the
   * automaton reads faster than the automaton's seeking intersection; both accept the same terms.
   */
  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    long size = terms.size();
    if (compiled.type != CompiledAutomaton.AUTOMATON_TYPE.NORMAL
        || size < 0
        || size > LINEAR_SCAN_MAX_TERMS) {
      return super.getTermsEnum(terms, atts);
    }
    ByteRunAutomaton run = compiled.runAutomaton;
    return new FilteredTermsEnum(terms.iterator(), false) {
      @Override
      protected AcceptStatus accept(BytesRef term) {
        return run.run(term.bytes, term.offset, term.length) ? AcceptStatus.YES : AcceptStatus.NO;
      }
    };
  }

  @Override
  public String toString(String defaultField) {
    return (getField().equals(defaultField) ? "" : getField() + ":") + term.text();
  }
}
