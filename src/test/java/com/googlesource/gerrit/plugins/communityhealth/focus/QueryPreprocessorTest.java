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

import org.junit.Test;

public class QueryPreprocessorTest {
  private static QueryPreprocessor.Prepared prepare(String query) throws Exception {
    return QueryPreprocessor.prepare(query, 2000, 10);
  }

  @Test
  public void escapesSlashesAndSpecialsInVerbatimValues() throws Exception {
    assertThat(prepare("path:nova/db/** OR upgrade").text())
        .isEqualTo("path:nova\\/db\\/** OR upgrade");
    assertThat(prepare("topic:bp/smoother-upgrades").text())
        .isEqualTo("topic:bp\\/smoother\\-upgrades");
    assertThat(prepare("path:{nova,cinder}/[ab]*").text())
        .isEqualTo("path:\\{nova,cinder\\}\\/\\[ab\\]*");
  }

  @Test
  public void valueEndsAtWhitespaceParenthesisOrBoost() throws Exception {
    assertThat(prepare("(path:nova/db/**)").text()).isEqualTo("(path:nova\\/db\\/**)");
    assertThat(prepare("path:nova/db/**^2").text()).isEqualTo("path:nova\\/db\\/**^2");
  }

  @Test
  public void leavesOtherFieldsQuotesAndGroupsAlone() throws Exception {
    assertThat(prepare("message:/upgrad.*/").text()).isEqualTo("message:/upgrad.*/");
    assertThat(prepare("\"path:nova/db\"").text()).isEqualTo("\"path:nova/db\"");
    assertThat(prepare("path:\"nova/db/**\"").text()).isEqualTo("path:\"nova/db/**\"");
    assertThat(prepare("path:(a OR b)").text()).isEqualTo("path:(a OR b)");
    assertThat(prepare("subpath:nova/db").text()).isEqualTo("subpath:nova/db");
  }

  @Test
  public void recognisesFieldsAfterOperatorPrefixes() throws Exception {
    assertThat(prepare("-path:a/b +topic:c/d").text()).isEqualTo("-path:a\\/b +topic:c\\/d");
    assertThat(prepare("foo-path:a/b").text()).isEqualTo("foo-path:a/b");
  }

  @Test
  public void columnsMapBackToTheQueryAsWritten() throws Exception {
    QueryPreprocessor.Prepared p = prepare("path:nova/db/** OR x");
    int orInPrepared = p.text().indexOf("OR");
    assertThat(p.column(orInPrepared)).isEqualTo("path:nova/db/** OR x".indexOf("OR") + 1);
    assertThat(p.column(p.text().length())).isEqualTo("path:nova/db/** OR x".length() + 1);
  }
}
