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

package com.googlesource.gerrit.plugins.communityhealth.focus.learn;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.accuracy.AccuracyBenchmark;
import com.googlesource.gerrit.plugins.communityhealth.accuracy.AccuracyMode;
import com.googlesource.gerrit.plugins.communityhealth.accuracy.AccuracyScore;
import com.googlesource.gerrit.plugins.communityhealth.accuracy.KiloData;
import com.googlesource.gerrit.plugins.communityhealth.accuracy.LabelledChange;
import com.googlesource.gerrit.plugins.communityhealth.accuracy.NaiveBaselineMode;
import com.googlesource.gerrit.plugins.communityhealth.accuracy.WordsAndLinksMode;
import com.googlesource.gerrit.plugins.communityhealth.focus.BoundedPatchSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAnalyzer;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A measured alternative to the nearest neighbours, kept to show what the matching cost target
 * would take: each area learns one profile, MoreLikeThis's query for all of its linked changes at
 * once (their most telling terms, each boosted by its tf-idf against the learned index), and a
 * patch set's vote for the area is the sum of the boosts of the profile terms it holds, relative to
 * the median linked change's own sum (at most 1). Scoring a patch set is then a lookup of its terms
 * in 50 small maps, far below one analysis pass, instead of a search of the learned index. The
 * votes join the queries as the neighbours' do ({@link LearnedFocus#queryMatchStands}'s rule).
 *
 * <p>Its main searches the settings on the first half's two rolling folds, as {@link
 * WordsAndLinksMode}'s does, and prints the best beside the neighbours' figure and then the
 * held-out half (see performance.md, "What the cost target would take").
 */
final class AreaProfileMode implements AccuracyMode {
  record Settings(
      int terms, int maxDocFreqPercent, double minVote, double strong, double support) {}

  private final Settings settings;

  AreaProfileMode(Settings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "area profiles";
  }

  @Override
  public Classifier prepare(
      ImmutableList<FocusAreaDefinition> areas, ImmutableList<LabelledChange> linked) {
    FocusMatcher matcher = FocusMatcher.create(areas, LocalDate.of(2015, 1, 1));
    List<ExampleChange> examples = new ArrayList<>();
    for (int i = 0; i < linked.size(); i++) {
      examples.add(new ExampleChange(i + 1, linked.get(i).text(), linked.get(i).labels()));
    }
    IndexReader index = new FocusLearner(LearnerSettings.DEFAULT).learn(examples).index();
    Map<String, Map<String, Double>> profiles = new HashMap<>();
    Map<String, Double> medians = new HashMap<>();
    for (String area : KiloData.AREAS) {
      List<PatchSetTerms> members = new ArrayList<>();
      Map<String, Collection<Object>> values = new HashMap<>();
      for (ExampleChange c : examples) {
        if (c.areas().contains(area)) {
          members.add(PatchSetTerms.of(matcher, c));
          FocusLearner.fields(BoundedPatchSet.of(c.text()))
              .forEach((f, v) -> values.computeIfAbsent(f, k -> new ArrayList<>()).addAll(v));
        }
      }
      if (members.isEmpty()) {
        continue;
      }
      Map<String, Double> profile;
      try {
        profile = profile(index, values);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      double[] own = members.stream().mapToDouble(m -> m.sum(profile)).sorted().toArray();
      profiles.put(area, profile);
      medians.put(area, Math.max(1e-9, own[own.length / 2]));
    }
    return change -> {
      PatchSetTerms terms = PatchSetTerms.of(matcher, change.text());
      ImmutableSet.Builder<String> out = ImmutableSet.builder();
      for (String area : KiloData.AREAS) {
        Map<String, Double> profile = profiles.get(area);
        double vote = profile == null ? 0 : Math.min(1, terms.sum(profile) / medians.get(area));
        Double query = terms.queryScores().get(area);
        boolean queryStands =
            query != null
                && (query >= settings.strong() || profile == null || vote >= settings.support());
        if (queryStands || (profile != null && vote >= settings.minVote())) {
          out.add(area);
        }
      }
      return out.build();
    };
  }

  private Map<String, Double> profile(IndexReader index, Map<String, Collection<Object>> values)
      throws IOException {
    MoreLikeThis mlt =
        LearnedFocus.moreLikeThis(index, settings.terms(), settings.maxDocFreqPercent());
    // The linked changes' texts are analysed here, as the learned index was.
    mlt.setAnalyzer(new FocusAnalyzer().indexing());
    Map<String, Double> profile = new HashMap<>();
    for (BooleanClause clause : (BooleanQuery) mlt.like(values)) {
      Query q = clause.query();
      double boost = q instanceof BoostQuery bq ? bq.getBoost() : 1;
      TermQuery tq = (TermQuery) (q instanceof BoostQuery bq ? bq.getQuery() : q);
      profile.put(tq.getTerm().field() + ':' + tq.getTerm().text(), boost);
    }
    return profile;
  }

  /** A patch set's query scores and terms, from the matcher's one analysis pass. */
  private record PatchSetTerms(ImmutableMap<String, Double> queryScores, Set<String> terms) {
    static PatchSetTerms of(FocusMatcher matcher, ExampleChange c) {
      return of(matcher, c.text());
    }

    static PatchSetTerms of(FocusMatcher matcher, PatchSetText text) {
      FocusMatcher.Matched<Set<String>> m = matcher.match(text, PatchSetTerms::read);
      ImmutableMap<String, Double> scores =
          m.matches().stream()
              .collect(ImmutableMap.toImmutableMap(FocusMatch::area, FocusMatch::score));
      return new PatchSetTerms(scores, m.read().orElse(Set.of()));
    }

    private static Set<String> read(LeafReader analysed) throws IOException {
      Set<String> out = new HashSet<>();
      Fields vectors = analysed.termVectors().get(0);
      for (String field : FocusLearner.FIELDS) {
        Terms terms = vectors.terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          out.add(field + ':' + t.utf8ToString());
        }
      }
      return out;
    }

    double sum(Map<String, Double> profile) {
      double s = 0;
      for (String t : terms) {
        s += profile.getOrDefault(t, 0.0);
      }
      return s;
    }
  }

  public static void main(String[] args) throws Exception {
    AccuracyBenchmark bench = AccuracyBenchmark.standard();
    List<Settings> candidates = new ArrayList<>();
    for (int terms : new int[] {15, 30, 50, 100}) {
      for (int pct : new int[] {10, 25, 50}) {
        for (double vote : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}) {
          for (double strong : new double[] {0.7, 0.9}) {
            for (double share : new double[] {0.1, 0.25, 0.5, 0.75, 1.0}) {
              candidates.add(new Settings(terms, pct, vote, strong, vote * share));
            }
          }
        }
      }
    }
    Map.Entry<Settings, Double> chosen = bench.bestByRollingFolds(candidates, AreaProfileMode::new);
    Settings best = chosen.getKey();
    System.out.printf(
        Locale.ROOT,
        "area profiles, best on the first half (two rolling folds): %s, micro-F1 %.3f%n"
            + "nearest neighbours (LearnerSettings.DEFAULT), same folds: micro-F1 %.3f%n",
        best,
        chosen.getValue(),
        bench.rollingFolds(new WordsAndLinksMode()).f1());
    List<AccuracyScore> heldOut =
        List.of(
            bench.heldOut(new NaiveBaselineMode()),
            bench.heldOut(new WordsAndLinksMode()),
            bench.heldOut(new AreaProfileMode(best)));
    System.out.println(AccuracyBenchmark.report("Held-out half:", heldOut));
  }
}
