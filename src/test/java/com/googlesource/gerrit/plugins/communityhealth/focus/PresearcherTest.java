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
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.DOCS;
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.FLAVOR_MIGRATION;
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.LIBVIRT_FIX;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.junit.Test;

public class PresearcherTest {
  private static final ImmutableList<String> QUERIES =
      ImmutableList.of(
          "upgrade OR \"online migration\" OR path:nova/db/**",
          "libvirt AND path:nova/virt/**",
          "\"live migration\"",
          "\"online data migration\"",
          "path:nova/virt/*/driver.py",
          "path:libvirt",
          "path:test_*.py AND (flaky OR race)",
          "topic:bp/smoother-upgrades",
          "hashtag:low-hanging-fruit OR hashtag:docs",
          "migrat*",
          "topic:smooth*",
          "message:/upgrad.*/",
          "subject:flav?r",
          "libvrt~1",
          "upgrade -libvirt",
          "+flavor +path:nova/objects/**",
          "path:{doc,api-ref}/**",
          "*:*",
          "cells^0.5 OR \"cell mapping\"");

  private static final ImmutableList<PatchSetText> TEXTS =
      ImmutableList.of(FLAVOR_MIGRATION, LIBVIRT_FIX, DOCS);

  private final FocusAnalyzer analyzer = new FocusAnalyzer();
  private final FocusQueryParser parser = new FocusQueryParser(analyzer);

  private List<Query> parse(List<String> queries) throws InvalidFocusQueryException {
    List<Query> parsed = new ArrayList<>();
    for (String q : queries) {
      parsed.add(parser.parse(q));
    }
    return parsed;
  }

  private BitSet candidates(Presearcher presearcher, PatchSetText text) {
    BitSet seen = presearcher.newSeenTerms();
    BoundedPatchSet bounded =
        new PatchSetIndexer(analyzer)
            .index(
                BoundedPatchSet.of(text),
                MemoryIndexPool.newIndex(),
                (field, tokens) -> presearcher.watch(field, tokens, seen));
    return presearcher.candidates(seen, bounded.sortedPaths());
  }

  private boolean candidate(String query, PatchSetText text) throws InvalidFocusQueryException {
    return candidates(Presearcher.of(parse(List.of(query))), text).get(0);
  }

  @Test
  public void neverDropsAnAreaWhoseQueryMatches() throws Exception {
    List<Query> queries = parse(QUERIES);
    Presearcher presearcher = Presearcher.of(queries);
    int matched = 0;
    for (PatchSetText text : TEXTS) {
      MemoryIndex index = MemoryIndexPool.newIndex();
      new PatchSetIndexer(analyzer).index(text, index);
      BitSet candidates = candidates(presearcher, text);
      for (int i = 0; i < queries.size(); i++) {
        if (index.search(queries.get(i)) > 0) {
          matched++;
          assertWithMessage("%s on '%s'", QUERIES.get(i), text.subject())
              .that(candidates.get(i))
              .isTrue();
        }
      }
    }
    // The check above is only worth something if plenty of pairs match.
    assertThat(matched).isAtLeast(12);
  }

  @Test
  public void leavesOutAreasWhoseTermsAreAbsent() throws Exception {
    assertThat(candidate("upgrade OR path:nova/db/**", LIBVIRT_FIX)).isFalse();
    assertThat(candidate("vmware OR path:nova/virt/vmwareapi/**", LIBVIRT_FIX)).isFalse();
  }

  @Test
  public void phraseNeedsAllItsWords() throws Exception {
    // "migration" occurs in FLAVOR_MIGRATION, "live" does not.
    assertThat(candidate("\"live migration\"", FLAVOR_MIGRATION)).isFalse();
    assertThat(candidate("\"online migration\"", FLAVOR_MIGRATION)).isTrue();
  }

  @Test
  public void requiredClausesMustAllBePresent() throws Exception {
    assertThat(candidate("path:test_*.py AND (flaky OR race)", LIBVIRT_FIX)).isFalse();
    assertThat(candidate("libvirt AND path:nova/db/**", LIBVIRT_FIX)).isFalse();
    assertThat(candidate("libvirt AND path:nova/virt/**", LIBVIRT_FIX)).isTrue();
  }

  @Test
  public void excludedTermsNeverMakeACandidate() throws Exception {
    assertThat(candidate("upgrade -libvirt", LIBVIRT_FIX)).isFalse();
  }

  @Test
  public void pathGlobIsJudgedByItsLiteralPrefix() throws Exception {
    assertThat(candidate("path:nova/virt/*/driver.py", LIBVIRT_FIX)).isTrue();
    assertThat(candidate("path:nova/db/*/api.py", LIBVIRT_FIX)).isFalse();
    assertThat(candidate("path:**/driver.py", DOCS)).isTrue();
  }

  @Test
  public void wildcardIsJudgedByItsLiteralPrefix() throws Exception {
    // FLAVOR_MIGRATION says "migration"; LIBVIRT_FIX has no word starting "migrat".
    assertThat(candidate("migrat*", FLAVOR_MIGRATION)).isTrue();
    assertThat(candidate("migrat*", LIBVIRT_FIX)).isFalse();
    assertThat(candidate("vmware* OR hyperv", DOCS)).isFalse();
    assertThat(candidate("topic:smooth*", FLAVOR_MIGRATION)).isTrue();
    assertThat(candidate("topic:stable*", FLAVOR_MIGRATION)).isFalse();
    assertThat(candidate("message:/upgrad.*/", FLAVOR_MIGRATION)).isTrue();
    assertThat(candidate("message:/upgrad.*/", LIBVIRT_FIX)).isFalse();
    assertThat(candidate("path:test_*.py", FLAVOR_MIGRATION)).isTrue();
    assertThat(candidate("path:test_*.py", DOCS)).isFalse();
  }

  @Test
  public void clausesPresenceCannotJudgeAlwaysRun() throws Exception {
    assertThat(candidate("message:/.*ware/ OR hyperv", DOCS)).isTrue();
    assertThat(candidate("vmwre~1", DOCS)).isTrue();
    assertThat(candidate("*:*", DOCS)).isTrue();
  }

  @Test
  public void termsAreLookedUpPerField() throws Exception {
    assertThat(candidate("topic:cells", DOCS)).isTrue();
    assertThat(candidate("subject:layout", DOCS)).isTrue();
    assertThat(candidate("topic:layout", DOCS)).isFalse();
  }
}
