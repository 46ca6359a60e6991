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
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.DOCS;
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.FLAVOR_MIGRATION;
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.LIBVIRT_FIX;
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.withMessage;
import static com.googlesource.gerrit.plugins.communityhealth.focus.NovaPatchSets.withPaths;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.Test;

public class FocusMatcherTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static FocusAreaDefinition area(String name, String query) {
    return new FocusAreaDefinition(name, "", query, 1, Optional.empty());
  }

  private static FocusMatcher matcher(FocusAreaDefinition... areas) {
    return FocusMatcher.create(ImmutableList.copyOf(areas), TODAY);
  }

  private static ImmutableList<String> names(List<FocusMatch> matches) {
    return matches.stream().map(FocusMatch::area).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> matchedAreas(String query, PatchSetText text) {
    return names(matcher(area("a", query)).match(text));
  }

  private static FocusMatch only(String query, PatchSetText text) {
    ImmutableList<FocusMatch> matches = matcher(area("a", query)).match(text);
    assertThat(matches).hasSize(1);
    return matches.get(0);
  }

  @Test
  public void aReaderSeesTheSameAnalysisPassAsTheQueries() {
    FocusMatcher.Matched<ImmutableList<String>> matched =
        matcher(area("a", "flavor"))
            .match(FLAVOR_MIGRATION, analysed -> terms(analysed, FocusFields.MESSAGE));

    assertThat(names(matched.matches())).containsExactly("a");
    // The message's identifier is there whole and in its words, as the queries see it.
    assertThat(matched.read().orElseThrow())
        .containsAtLeast("instance.flavor", "instanc", "flavor");
  }

  @Test
  public void aReaderReadsEvenWhenNoAreaCouldMatch() {
    FocusMatcher.Matched<ImmutableList<String>> matched =
        matcher(area("a", "libvirt"))
            .match(FLAVOR_MIGRATION, analysed -> terms(analysed, FocusFields.MESSAGE));

    assertThat(matched.matches()).isEmpty();
    assertThat(matched.read().orElseThrow()).contains("flavor");
  }

  @Test
  public void aReaderIsNotCalledWithoutActiveAreas() {
    FocusMatcher.Matched<ImmutableList<String>> matched =
        FocusMatcher.create(ImmutableList.of(), TODAY)
            .match(
                FLAVOR_MIGRATION,
                analysed -> {
                  throw new AssertionError("nothing to match, nothing to read");
                });

    assertThat(matched.matches()).isEmpty();
    assertThat(matched.read()).isEmpty();
  }

  /** The terms of {@code field} in document 0's term vector. */
  private static ImmutableList<String> terms(LeafReader analysed, String field) throws IOException {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    TermsEnum te = analysed.termVectors().get(0).terms(field).iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      out.add(t.utf8ToString());
    }
    return out.build();
  }

  @Test
  public void stemmingMatchesOtherFormsOfTheWord() {
    assertThat(matchedAreas("upgrade", withMessage("x", "Rolling upgrades need this"))).hasSize(1);
    assertThat(matchedAreas("upgrade", withMessage("x", "Upgrading computes first"))).hasSize(1);
    assertThat(matchedAreas("upgrades", withMessage("x", "Support the upgrade path"))).hasSize(1);
    assertThat(matchedAreas("upgrade", withMessage("x", "Downgrade the RPC version"))).isEmpty();
  }

  @Test
  public void bareTermSearchesSubjectAndMessageButNotPathsOrTopic() {
    assertThat(matchedAreas("libvirt", withMessage("libvirt: fix detach", ""))).hasSize(1);
    assertThat(matchedAreas("libvirt", withMessage("Fix detach", "In the libvirt driver")))
        .hasSize(1);
    assertThat(matchedAreas("libvirt", withPaths("nova/virt/libvirt/driver.py"))).isEmpty();
    assertThat(matchedAreas("upgrades", DOCS)).isEmpty();
  }

  @Test
  public void identifiersAreSearchableByTheirWords() {
    assertThat(matchedAreas("flavor", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("instance.flavor", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("\"online data migrations\"", FLAVOR_MIGRATION)).hasSize(1);
  }

  @Test
  public void phraseNeedsTheWordsInOrder() {
    assertThat(matchedAreas("\"online data migration\"", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("\"online migration\"", FLAVOR_MIGRATION)).isEmpty();
    assertThat(matchedAreas("\"online migration\"~1", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("\"migration data online\"", FLAVOR_MIGRATION)).isEmpty();
  }

  @Test
  public void hyphenatedTermIsAPhrase() {
    assertThat(matchedAreas("smoother-upgrades", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(
            matchedAreas(
                "smoother-upgrades", withMessage("x", "Upgrades are smoother now, not smooth")))
        .isEmpty();
  }

  @Test
  public void bugAndBlueprintFooters() {
    assertThat(matchedAreas("\"closes bug 1234567\"", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("\"blueprint smoother-upgrades\"", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("\"closes bug 1234567\"", LIBVIRT_FIX)).isEmpty();
  }

  @Test
  public void pathGlobMatchesFilesBelowADirectory() {
    assertThat(matchedAreas("path:nova/db/**", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("path:nova/db/**", LIBVIRT_FIX)).isEmpty();
    assertThat(matchedAreas("path:nova/db/", FLAVOR_MIGRATION)).hasSize(1);
  }

  @Test
  public void singleStarStaysWithinOneDirectory() {
    assertThat(matchedAreas("path:nova/virt/*/driver.py", LIBVIRT_FIX)).hasSize(1);
    assertThat(matchedAreas("path:nova/*/driver.py", LIBVIRT_FIX)).isEmpty();
    assertThat(matchedAreas("path:nova/**/driver.py", LIBVIRT_FIX)).hasSize(1);
    assertThat(matchedAreas("path:nova/db/main/migrations/versions/*.py", FLAVOR_MIGRATION))
        .hasSize(1);
  }

  @Test
  public void pathWithoutSlashMatchesADirectoryOrFileName() {
    assertThat(matchedAreas("path:libvirt", LIBVIRT_FIX)).hasSize(1);
    assertThat(matchedAreas("path:guest.py", LIBVIRT_FIX)).hasSize(1);
    assertThat(matchedAreas("path:test_*.py", LIBVIRT_FIX)).hasSize(1);
    assertThat(matchedAreas("path:libvirt", FLAVOR_MIGRATION)).isEmpty();
    assertThat(matchedAreas("path:virt/libvirt", LIBVIRT_FIX)).isEmpty();
  }

  @Test
  public void exactPathAndCaseSensitivity() {
    assertThat(matchedAreas("path:nova/virt/libvirt/driver.py", LIBVIRT_FIX)).hasSize(1);
    assertThat(matchedAreas("path:nova/virt/libvirt/Driver.py", LIBVIRT_FIX)).isEmpty();
    assertThat(matchedAreas("path:LibVirt", LIBVIRT_FIX)).isEmpty();
  }

  @Test
  public void gerritMagicFilesAreNotPaths() {
    assertThat(matchedAreas("path:COMMIT_MSG", FLAVOR_MIGRATION)).isEmpty();
  }

  @Test
  public void topicIsTextAndTakesSlashes() {
    assertThat(matchedAreas("topic:bp/smoother-upgrades", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("topic:upgrade", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("topic:bp*", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("topic:cells", FLAVOR_MIGRATION)).isEmpty();
  }

  @Test
  public void hashtagIsOneCaseInsensitiveTerm() {
    assertThat(matchedAreas("hashtag:upgrades", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("hashtag:UPGRADES", FLAVOR_MIGRATION)).hasSize(1);
    assertThat(matchedAreas("hashtag:low-hanging-fruit", DOCS)).hasSize(1);
    assertThat(matchedAreas("hashtag:*hanging*", DOCS)).hasSize(1);
    assertThat(matchedAreas("hashtag:fruit", DOCS)).isEmpty();
  }

  @Test
  public void prefixTermMatchesStemmedWords() {
    // "upgraded" is indexed as "upgrad", which "upgrade*" alone would miss.
    assertThat(matchedAreas("upgrade*", withMessage("x", "computes not yet upgraded"))).hasSize(1);
    assertThat(matchedAreas("migrat*", FLAVOR_MIGRATION)).hasSize(1);
  }

  @Test
  public void booleanOperatorsAndExclusion() {
    assertThat(matchedAreas("libvirt AND path:nova/db/**", LIBVIRT_FIX)).isEmpty();
    assertThat(matchedAreas("libvirt AND path:nova/virt/**", LIBVIRT_FIX)).hasSize(1);
    assertThat(matchedAreas("path:nova/virt/** -path:guest.py", LIBVIRT_FIX)).isEmpty();
    assertThat(matchedAreas("(upgrade OR libvirt) NOT docs", DOCS)).isEmpty();
  }

  @Test
  public void nothingMatchesWhenNothingFits() {
    FocusMatcher m = matcher(area("vmware", "vmware OR path:nova/virt/vmwareapi/**"));
    assertThat(m.match(FLAVOR_MIGRATION)).isEmpty();
    assertThat(m.match(LIBVIRT_FIX)).isEmpty();
  }

  @Test
  public void scoreGrowsWithEvidence() {
    // One clause in the message: e = 1.
    assertThat(only("rolling", FLAVOR_MIGRATION).score()).isWithin(1e-6).of(1 - Math.exp(-0.5));
    // A subject word is in the message too: e = 2.
    assertThat(only("flavor", FLAVOR_MIGRATION).score()).isWithin(1e-6).of(1 - Math.exp(-1));
    // Subject, message and a path in the area's code (worth 1.5): e = 3.5.
    assertThat(only("flavor OR path:nova/db/**", FLAVOR_MIGRATION).score())
        .isWithin(1e-6)
        .of(1 - Math.exp(-1.75));
    // A word that occurs five times still counts once.
    assertThat(only("rolling", withMessage("x", "rolling rolling rolling rolling rolling")).score())
        .isWithin(1e-6)
        .of(1 - Math.exp(-0.5));
  }

  @Test
  public void boostsScaleEvidence() {
    assertThat(only("rolling^3", FLAVOR_MIGRATION).score()).isWithin(1e-6).of(1 - Math.exp(-1.5));
  }

  @Test
  public void weakEvidenceBelowThresholdIsNoMatch() {
    assertThat(matchedAreas("rolling^0.5", FLAVOR_MIGRATION)).isEmpty();
    assertThat(matchedAreas("rolling^0.5 OR path:nova/db/**", FLAVOR_MIGRATION)).hasSize(1);
  }

  @Test
  public void scoresStayBelowOne() {
    FocusMatch m =
        only(
            "upgrade OR migration OR flavor OR online OR path:nova/db/** OR path:nova/objects/**"
                + " OR topic:upgrade OR hashtag:upgrades",
            FLAVOR_MIGRATION);
    assertThat(m.score()).isGreaterThan(0.95);
    assertThat(m.score()).isLessThan(1.0);
  }

  @Test
  public void matchesComeStrongestFirst() {
    FocusMatcher m =
        matcher(
            area("weak", "rolling"),
            area("strong", "flavor OR path:nova/db/**"),
            area("middle", "flavor"));
    assertThat(names(m.match(FLAVOR_MIGRATION)))
        .containsExactly("strong", "middle", "weak")
        .inOrder();
  }

  @Test
  public void hitsSayWhatMatchedAsWritten() {
    FocusMatch m =
        only("upgrade OR \"online data migration\" OR path:nova/db/**", FLAVOR_MIGRATION);
    assertThat(m.hits())
        .containsExactly(
            new FocusHit("subject", "online data migration", 1.5),
            new FocusHit("message", "online data migration", 1.5),
            new FocusHit("message", "upgraded", 1.0),
            new FocusHit("message", "upgrades", 1.0),
            new FocusHit("message", "online_data_migrations", 1.5),
            new FocusHit("path", "nova/db/main/api.py", 1.5),
            new FocusHit(
                "path",
                "nova/db/main/migrations/versions/13863f4e1612_add_instance_flavor.py",
                1.5))
        .inOrder();
  }

  @Test
  public void hitsJoinAPhraseAcrossALineBreak() {
    FocusMatch m =
        only(
            "\"online data migration\"",
            withMessage("x", "Adds an online data\nmigration, and an online  data \n\t migration"));
    assertThat(m.hits()).containsExactly(new FocusHit("message", "online data migration", 1.5));
  }

  @Test
  public void codeWordsMatchTheirPartsAndWhole() {
    PatchSetText text =
        new PatchSetText(
            "Add NUMATopology to the instance",
            "Add NUMATopology to the instance\n\nUses online_data_migrations.",
            ImmutableList.of("nova/virt/numa_topology.py"),
            Optional.empty(),
            ImmutableList.of());
    assertThat(matchedAreas("numa", text)).isNotEmpty();
    assertThat(matchedAreas("topology", text)).isNotEmpty();
    assertThat(matchedAreas("NUMATopology", text)).isNotEmpty();
    assertThat(matchedAreas("\"online data migrations\"", text)).isNotEmpty();
    assertThat(matchedAreas("online_data_migrations", text)).isNotEmpty();
    assertThat(matchedAreas("online_data*", text)).isNotEmpty();
    assertThat(matchedAreas("path:numa", text)).isNotEmpty();
    assertThat(matchedAreas("path:numa_topology.py", text)).isNotEmpty();
    assertThat(matchedAreas("numa_cell", text)).isEmpty();
    // The parts take consecutive positions: a phrase across the code word and the next word.
    assertThat(matchedAreas("\"NUMATopology to the instance\"", text)).isNotEmpty();
    assertThat(matchedAreas("\"topology numa\"", text)).isEmpty();
    assertThat(matchedAreas("path:cell", text)).isEmpty();
  }

  @Test
  public void segmentHitReportsTheWholePath() {
    assertThat(only("path:guest.py", LIBVIRT_FIX).hits())
        .containsExactly(new FocusHit("path", "nova/virt/libvirt/guest.py"));
  }

  @Test
  public void hitsAreCapped() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      paths.add("nova/db/main/migrations/versions/" + i + "_step.py");
    }
    FocusMatch m = only("path:nova/db/**", withPaths(paths.toArray(new String[0])));
    assertThat(m.hits()).hasSize(FocusMatch.MAX_HITS);
  }

  @Test
  public void excludedClausesAreNotHits() {
    FocusMatch m = only("libvirt -hyperv", LIBVIRT_FIX);
    assertThat(m.hits()).contains(new FocusHit("subject", "libvirt"));
  }

  @Test
  public void expiredAreasAreSkipped() {
    FocusMatcher m =
        FocusMatcher.create(
            ImmutableList.of(
                new FocusAreaDefinition(
                    "last-release", "", "upgrade", 1, Optional.of(TODAY.minusDays(1))),
                new FocusAreaDefinition("this-release", "", "upgrade", 1, Optional.of(TODAY)),
                new FocusAreaDefinition("open-ended", "", "upgrade", 1, Optional.empty())),
            TODAY);
    assertThat(m.activeAreas()).containsExactly("this-release", "open-ended").inOrder();
    assertThat(names(m.match(FLAVOR_MIGRATION))).containsExactly("this-release", "open-ended");
  }

  @Test
  public void invalidQueriesAreSetAsideNotFatal() {
    FocusMatcher m = matcher(area("broken", "upgrade AND"), area("fine", "upgrade"));
    assertThat(m.activeAreas()).containsExactly("fine");
    assertThat(m.invalidAreas()).containsKey("broken");
    assertThat(m.invalidAreas().get("broken")).contains("column 12");
    assertThat(names(m.match(FLAVOR_MIGRATION))).containsExactly("fine");
  }

  @Test
  public void noAreasNoMatches() {
    assertThat(FocusMatcher.create(ImmutableList.of(), TODAY).match(FLAVOR_MIGRATION)).isEmpty();
  }

  @Test
  public void fuzzyTermsRewritePerPatchSet() {
    FocusMatcher m = matcher(area("typo", "libvrt~1"));
    assertThat(names(m.match(LIBVIRT_FIX))).containsExactly("typo");
    assertThat(m.match(FLAVOR_MIGRATION)).isEmpty();
    assertThat(names(m.match(LIBVIRT_FIX))).containsExactly("typo");
  }

  @Test
  public void matchAllQueryMatchesEverything() {
    assertThat(matchedAreas("*:*", DOCS)).hasSize(1);
  }

  @Test
  public void hugeMessageIsReadOnlyUpToTheLimit() {
    String filler = "word ".repeat(1_000_000 / 5);
    String early = "upgrade " + filler;
    String late = filler + " upgrade";
    assertThat(late.length()).isGreaterThan(BoundedPatchSet.MAX_MESSAGE_CHARS);
    assertThat(matchedAreas("upgrade", withMessage("x", early))).hasSize(1);
    assertThat(matchedAreas("upgrade", withMessage("x", late))).isEmpty();
  }

  @Test
  public void hugePatchSetIsReadOnlyUpToThePathCap() {
    String[] paths = new String[10_000];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = String.format("nova/tests/unit/fixtures/f%05d.json", i);
    }
    paths[paths.length - 1] = "nova/virt/libvirt/driver.py";
    FocusMatcher m = matcher(area("tests", "path:nova/tests/**"), area("libvirt", "path:libvirt"));
    assertThat(names(m.match(withPaths(paths)))).containsExactly("tests");
  }

  @Test
  public void oddUnicodeIsHandled() {
    PatchSetText text =
        withMessage(
            "Fix naïve “smart quotes” 🚀 and \u0000 nulls",
            "Zero\u200bwidth, RTL \u202e text, a lone surrogate \ud800 and 日本語の説明");
    assertThat(matchedAreas("naïve", text)).hasSize(1);
    assertThat(matchedAreas("日本語の説明", text)).hasSize(1);
    assertThat(matchedAreas("upgrade", text)).isEmpty();
  }

  @Test
  public void matchingFromManyThreadsGivesTheSameAnswers() throws Exception {
    FocusMatcher m =
        matcher(
            area("upgrades", "upgrade OR path:nova/db/**"),
            area("libvirt", "libvirt OR path:nova/virt/libvirt/**"),
            area("docs", "path:doc/** OR hashtag:docs"));
    ImmutableList<PatchSetText> texts = ImmutableList.of(FLAVOR_MIGRATION, LIBVIRT_FIX, DOCS);
    ImmutableList<ImmutableList<FocusMatch>> expected =
        texts.stream().map(m::match).collect(ImmutableList.toImmutableList());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 100; i++) {
                    int k = (i + offset) % texts.size();
                    if (!m.match(texts.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void globsAndWildcardsMatchAlikeInSmallAndLargeFields() {
    // A field of a few terms is scanned term by term, a large one is intersected with the
    // automaton (LabeledAutomatonQuery); both must accept the same terms and report the same hits.
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      many.add(String.format("nova/tests/fixtures/f%03d.json", i));
    }
    List<String> paths = List.of("nova/virt/libvirt/driver.py", "doc/source/index.rst");
    many.addAll(paths);
    PatchSetText small = withPaths(paths.toArray(new String[0]));
    PatchSetText large = withPaths(many.toArray(new String[0]));
    for (String query :
        List.of(
            "path:nova/virt/**",
            "path:nova/virt/*/driver.py",
            "path:driv*.py",
            "path:{doc,api-ref}/**",
            "path:nova/db/**",
            "path:index.rst")) {
      List<FocusMatch> inSmall = matcher(area("a", query)).match(small);
      List<FocusMatch> inLarge = matcher(area("a", query)).match(large);
      assertThat(inLarge).isEqualTo(inSmall);
    }
    assertThat(matchedAreas("path:nova/virt/**", large)).hasSize(1);
    assertThat(matchedAreas("path:nova/db/**", large)).isEmpty();
  }
}
