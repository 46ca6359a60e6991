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

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.Range;
import java.util.Random;
import org.apache.lucene.search.Query;
import org.junit.Test;

public class FocusQueryParserTest {
  private final FocusQueryParser parser = new FocusQueryParser();

  private String parsed(String query) throws InvalidFocusQueryException {
    return parser.parse(query).toString();
  }

  private InvalidFocusQueryException invalid(String query) {
    try {
      parser.parse(query);
    } catch (InvalidFocusQueryException e) {
      return e;
    }
    throw new AssertionError("expected an invalid query: " + query);
  }

  @Test
  public void bareTermSearchesSubjectAndMessageStemmed() throws Exception {
    assertThat(parsed("upgrades")).isEqualTo("subject:upgrad message:upgrad");
  }

  @Test
  public void fieldsAreAnalysedTheirOwnWay() throws Exception {
    assertThat(parsed("subject:Upgrading")).isEqualTo("subject:upgrad");
    assertThat(parsed("message:\"Online Migrations\"")).isEqualTo("(message:\"onlin migrat\")^1.5");
    assertThat(parsed("hashtag:Smoother-Upgrades")).isEqualTo("hashtag:smoother-upgrades");
    assertThat(parsed("topic:bp/smoother-upgrades"))
        .isEqualTo("(topic:\"bp smoother upgrad\")^1.5");
  }

  @Test
  public void hyphenatedAndDottedWordsArePhrases() throws Exception {
    assertThat(parsed("live-migration"))
        .isEqualTo("(subject:\"live migrat\" message:\"live migrat\")^1.5");
    assertThat(parsed("subject:instance.flavor")).isEqualTo("(subject:\"instanc flavor\")^1.5");
  }

  @Test
  public void pathGlobsNeedNoEscaping() throws Exception {
    assertThat(parsed("path:nova/db/**")).isEqualTo("(path:nova/db/**)^1.5");
    assertThat(parsed("path:nova/virt/*/driver.py")).isEqualTo("(path:nova/virt/*/driver.py)^1.5");
    assertThat(parsed("path:nova/virt/libvirt/driver.py"))
        .isEqualTo("(path:nova/virt/libvirt/driver.py)^1.5");
    assertThat(parsed("path:{nova,cinder}/db/**")).isEqualTo("(path:{nova,cinder}/db/**)^1.5");
  }

  @Test
  public void pathWithoutSlashIsASegment() throws Exception {
    assertThat(parsed("path:libvirt")).isEqualTo("path.segment:libvirt");
    assertThat(parsed("path:test_*.py")).isEqualTo("path.segment:test_*.py");
  }

  @Test
  public void trailingSlashMeansEverythingBelow() throws Exception {
    assertThat(parsed("path:nova/db/")).isEqualTo("(path:nova/db/**)^1.5");
  }

  @Test
  public void pathGlobsInsideAGroupAreQuoted() throws Exception {
    assertThat(parsed("path:(libvirt OR \"nova/db/**\")"))
        .isEqualTo("path.segment:libvirt (path:nova/db/**)^1.5");
  }

  @Test
  public void globsCombineWithOperatorsAndBoosts() throws Exception {
    assertThat(parsed("(upgrade OR path:nova/db/**) AND -path:nova/db/api.py"))
        .isEqualTo(
            "+((subject:upgrad message:upgrad) (path:nova/db/**)^1.5) -(path:nova/db/api.py)^1.5");
    assertThat(parsed("path:nova/db/**^2")).isEqualTo("((path:nova/db/**)^1.5)^2.0");
  }

  @Test
  public void slashInAWordIsStillARegularExpressionOutsidePathTopicAndHashtag() throws Exception {
    assertThat(parsed("message:/upgrad.*/")).isEqualTo("message:/upgrad.*/");
  }

  @Test
  public void queryIsReusableAcrossThreadsOnceParsed() throws Exception {
    Query q = parser.parse("upgrade OR path:nova/db/**");
    assertThat(parser.parse("upgrade OR path:nova/db/**")).isEqualTo(q);
  }

  @Test
  public void syntaxErrorAtTheEnd() {
    InvalidFocusQueryException e = invalid("upgrade AND");
    assertThat(e.column()).isEqualTo(12);
    assertThat(e.reason()).startsWith("syntax error: the query ends too early; expected one of");
    assertThat(e).hasMessageThat().startsWith("column 12: syntax error");
  }

  @Test
  public void syntaxErrorInTheMiddle() {
    InvalidFocusQueryException e = invalid("upgrade ) OR libvirt");
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.reason()).startsWith("syntax error: unexpected ')'");
  }

  @Test
  public void errorColumnsCountTheQueryAsWrittenNotAsEscaped() {
    // The parser sees "path:nova\/db\/**"; the column is still where the user typed it.
    InvalidFocusQueryException e = invalid("path:nova/db/** OR (upgrade");
    assertThat(e.column()).isEqualTo(28);
  }

  @Test
  public void unclosedQuote() {
    InvalidFocusQueryException e = invalid("\"online migration");
    assertThat(e.column()).isEqualTo(18);
    assertThat(e.reason()).contains("Lexical error");
  }

  @Test
  public void unknownFieldPointsAtTheField() {
    InvalidFocusQueryException e = invalid("upgrade OR owner:alice");
    assertThat(e.column()).isEqualTo(12);
    assertThat(e.reason())
        .isEqualTo("unknown field 'owner'; the fields are subject, message, path, topic, hashtag");
  }

  @Test
  public void unquotedFooterIsAnUnknownField() {
    assertThat(invalid("Closes-Bug: 1234567").reason()).contains("unknown field 'Closes-Bug'");
  }

  @Test
  public void badGlobPointsIntoTheGlob() {
    InvalidFocusQueryException e = invalid("upgrade OR path:nova/[db");
    assertThat(e.column()).isEqualTo(22);
    assertThat(e.reason()).isEqualTo("path glob 'nova/[db' has an unclosed '['");
  }

  @Test
  public void absolutePathIsRejected() {
    assertThat(invalid("path:/nova/db/**").reason()).contains("starts with '/'");
  }

  @Test
  public void pathTakesNoFuzzyOrRegexOrRange() {
    assertThat(invalid("path:(/nova.*/)").reason()).contains("not a regular expression");
    assertThat(invalid("path:([a TO z])").reason()).contains("not a range");
    assertThat(invalid("path:(\"nova/db\"~2)").reason()).contains("phrase slop");
  }

  @Test
  public void badRegularExpressionIsReported() {
    assertThat(invalid("message:/upgrad[/").reason()).isNotEmpty();
  }

  @Test
  public void emptyAndBlankQueries() {
    assertThat(invalid("").reason()).isEqualTo("the query is empty");
    assertThat(invalid("   ").column()).isEqualTo(1);
  }

  @Test
  public void onlyStopWordsIsNothingToSearchFor() {
    assertThat(invalid("the AND of").reason()).contains("nothing to search for");
  }

  @Test
  public void onlyExclusionsNeverMatch() {
    assertThat(invalid("-libvirt").reason()).contains("only excludes");
    assertThat(invalid("NOT path:nova/virt/**").reason()).contains("only excludes");
  }

  @Test
  public void leadingWildcardInTextIsRejected() {
    InvalidFocusQueryException e = invalid("upgrade OR *grade");
    assertThat(e.column()).isEqualTo(12);
    assertThat(e.reason()).contains("starts with a wildcard");
  }

  @Test
  public void leadingWildcardInPathOrHashtagIsFine() throws Exception {
    assertThat(parsed("path:**/test_*.py")).isEqualTo("(path:**/test_*.py)^1.5");
    assertThat(parsed("hashtag:*upgrade*")).isEqualTo("hashtag:*upgrade*");
  }

  @Test
  public void tooLongQueryIsRejectedBeforeParsing() {
    String query = "\"" + "upgrade ".repeat(FocusQueryParser.MAX_QUERY_LENGTH / 8) + "\"";
    InvalidFocusQueryException e = invalid(query);
    assertThat(e.column()).isEqualTo(FocusQueryParser.MAX_QUERY_LENGTH + 1);
    assertThat(e.reason()).contains("at most " + FocusQueryParser.MAX_QUERY_LENGTH);
  }

  @Test
  public void hugeBooleanIsCappedAtTheTermThatExceeds() {
    StringBuilder q = new StringBuilder("t0");
    for (int i = 1; i <= FocusQueryParser.MAX_TERMS; i++) {
      q.append(" OR t").append(i);
    }
    InvalidFocusQueryException e = invalid(q.toString());
    assertThat(e.reason()).isEqualTo("the query has more than 100 terms");
    assertThat(e.column()).isEqualTo(q.lastIndexOf("t") + 1);
  }

  @Test
  public void termCapCountsABareTermOnce() throws Exception {
    StringBuilder q = new StringBuilder("t1");
    for (int i = 2; i <= FocusQueryParser.MAX_TERMS; i++) {
      q.append(" OR t").append(i);
    }
    assertThat(parser.parse(q.toString())).isNotNull();
  }

  @Test
  public void deepNestingIsRejectedBeforeParsing() {
    String query = "(".repeat(500) + "upgrade" + ")".repeat(500);
    InvalidFocusQueryException e = invalid(query);
    assertThat(e.column()).isEqualTo(FocusQueryParser.MAX_NESTING + 1);
    assertThat(e.reason()).contains("nest deeper than");
  }

  @Test
  public void nestingWithinTheLimitIsFine() throws Exception {
    String query =
        "(".repeat(FocusQueryParser.MAX_NESTING)
            + "upgrade"
            + ")".repeat(FocusQueryParser.MAX_NESTING);
    assertThat(parsed(query)).isEqualTo("subject:upgrad message:upgrad");
  }

  @Test
  public void parenthesesInsideQuotesDoNotCountAsNesting() throws Exception {
    String query = "\"" + "(".repeat(50) + "upgrade\"";
    assertThat(parsed(query)).isEqualTo("subject:upgrad message:upgrad");
  }

  @Test
  public void globTooComplexToCompileIsRejected() {
    String glob = "path:" + "*a".repeat(300) + "/**";
    assertThat(invalid(glob).reason()).contains("too complex");
  }

  @Test
  public void valuesTheGrammarAcceptsButLuceneRefusesAreInvalid() {
    assertThat(invalid("upgrade^99999999999999999999999999999999999999999").reason())
        .contains("boost");
  }

  @Test
  public void randomHostileQueriesFailOnlyAsInvalidQueriesWithAColumnInside() {
    String[] atoms = {
      "path:",
      "topic:",
      "hashtag:",
      "subject:",
      "*",
      "?",
      "/",
      "\\",
      "\"",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "~",
      "^",
      "9999999999999999999999999999999999999999",
      "-",
      "+",
      "!",
      "&&",
      "||",
      "AND",
      "OR",
      "NOT",
      " ",
      ":",
      "nova",
      "/db/",
      "**",
      "TO",
      ",",
      "🚀",
      "\n",
      "2.5"
    };
    Random random = new Random(20261231);
    for (int i = 0; i < 1_000; i++) {
      StringBuilder query = new StringBuilder();
      for (int n = 1 + random.nextInt(12); n > 0; n--) {
        query.append(atoms[random.nextInt(atoms.length)]);
      }
      try {
        parser.parse(query.toString());
      } catch (InvalidFocusQueryException e) {
        assertWithMessage("column of %s in [%s]", e.reason(), query)
            .that(e.column())
            .isIn(Range.closed(1, query.length() + 1));
      }
    }
  }
}
