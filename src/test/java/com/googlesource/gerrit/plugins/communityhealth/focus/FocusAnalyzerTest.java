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

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.Test;

public class FocusAnalyzerTest {
  private final FocusAnalyzer analyzer = new FocusAnalyzer();

  private ImmutableList<String> tokens(String field, String text) throws IOException {
    return tokens(analyzer, field, text);
  }

  private static ImmutableList<String> tokens(FocusAnalyzer analyzer, String field, String text)
      throws IOException {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out.build();
  }

  @Test
  public void formsOfAWordStemAlike() throws Exception {
    assertThat(tokens("message", "upgrade upgrades upgrading upgraded Upgrade"))
        .containsExactly("upgrad", "upgrad", "upgrad", "upgrad", "upgrad");
    assertThat(tokens("subject", "migrations migrating")).containsExactly("migrat", "migrat");
  }

  @Test
  public void identifiersSplitIntoWords() throws Exception {
    assertThat(tokens("message", "instance.flavor online_data_migrations nova-manage"))
        .containsExactly("instanc", "flavor", "onlin", "data", "migrat", "nova", "manag")
        .inOrder();
  }

  @Test
  public void stopWordsAndContractionTailsAreDropped() throws Exception {
    assertThat(tokens("message", "The guest doesn't detach, it's the driver's fault"))
        .containsExactly("guest", "doesn", "detach", "driver", "fault")
        .inOrder();
  }

  @Test
  public void footersKeepTheirNumbers() throws Exception {
    assertThat(tokens("message", "Closes-Bug: #1234567"))
        .containsExactly("close", "bug", "1234567")
        .inOrder();
  }

  @Test
  public void topicIsText() throws Exception {
    assertThat(tokens("topic", "bp/smoother-upgrades")).containsExactly("bp", "smoother", "upgrad");
  }

  @Test
  public void pathsAreWholeAndCaseKept() throws Exception {
    assertThat(tokens("path", "nova/virt/libvirt/Driver.py\nnova/db/api.py"))
        .containsExactly("nova/virt/libvirt/Driver.py", "nova/db/api.py")
        .inOrder();
  }

  @Test
  public void pathSegmentsSplitAtSlashes() throws Exception {
    assertThat(tokens(FocusFields.PATH_SEGMENT, "nova/virt/libvirt/driver.py\nnova/db"))
        .containsExactly("nova", "virt", "libvirt", "driver.py", "driver", "py", "nova", "db")
        .inOrder();
  }

  @Test
  public void fileNamesYieldTheirCodeWords() throws Exception {
    assertThat(tokens(FocusFields.PATH_SEGMENT, "nova/virt/numa_topology.py"))
        .containsExactly("nova", "virt", "numa_topology.py", "numa", "topology", "py")
        .inOrder();
    assertThat(tokens(FocusFields.PATH_SEGMENT, "nova/objects/InstanceNUMA.py"))
        .containsExactly("nova", "objects", "InstanceNUMA.py", "Instance", "NUMA", "py")
        .inOrder();
  }

  @Test
  public void camelCaseAndAcronymsSplitIntoWords() throws Exception {
    assertThat(tokens("message", "NUMATopology getFlavor vhost-user v2.1"))
        .containsExactly("numa", "topolog", "get", "flavor", "vhost", "user", "v2", "1")
        .inOrder();
  }

  @Test
  public void theIndexKeepsEachIdentifierWholeBesideItsParts() throws Exception {
    assertThat(tokens(analyzer.indexing(), "message", "NUMATopology online_data_migrations."))
        .containsExactly(
            "numatopolog", "numa", "topolog", "online_data_migr", "onlin", "data", "migrat")
        .inOrder();
  }

  @Test
  public void punctuationAroundAWordIsNoPartOfIt() throws Exception {
    assertThat(tokens(analyzer.indexing(), "message", "(see flavors.) -- done_"))
        .containsExactly("see", "flavor", "done")
        .inOrder();
  }

  @Test
  public void longPathStaysOneTerm() throws Exception {
    String path = "a/".repeat(400) + "x.py";
    assertThat(tokens("path", path)).containsExactly(path);
  }

  @Test
  public void hashtagsAreWholeAndLowerCased() throws Exception {
    assertThat(tokens("hashtag", "Low-Hanging-Fruit\nsecurity"))
        .containsExactly("low-hanging-fruit", "security")
        .inOrder();
  }

  @Test
  public void wildcardNormalisationFoldsCaseExceptForPaths() {
    assertThat(analyzer.normalize("message", "UPGRADE").utf8ToString()).isEqualTo("upgrade");
    assertThat(analyzer.normalize("path", "Nova/DB").utf8ToString()).isEqualTo("Nova/DB");
  }
}
