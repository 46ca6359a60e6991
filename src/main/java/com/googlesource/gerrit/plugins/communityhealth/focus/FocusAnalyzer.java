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

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.AttributeFactory;

/**
 * The analysis of every focus field, at index and at query time.
 *
 * <ul>
 *   <li>Text ({@code subject}, {@code message}, {@code topic}) is code-aware: a word is a run of
 *       letters, digits, {@code _}, {@code .} and {@code -} (trimmed of the last three at its
 *       ends), and an identifier yields its parts as well as itself: {@code
 *       online_data_migrations}, {@code instance.flavor}, {@code vhost-user}, {@code getFlavor} and
 *       {@code NUMATopology} (an acronym ends before the capital that starts the next word) match
 *       {@code online}, {@code data}, {@code flavor}, {@code numa}, {@code topology}..., and the
 *       whole identifier still matches whole ({@link CodeWordFilter}). The index holds the
 *       identifier and its parts; a query word is read as its parts (a phrase when it has several:
 *       {@code NUMATopology} is {@code "numa topology"}, which matches the identifier's parts, and
 *       the same words as prose). Then lower-cased, English stop words dropped and Porter-stemmed,
 *       so that {@code upgrades} and {@code upgrading} both become {@code upgrad}.
 *   <li>{@code path}: the input holds one path per line; each line is one term, case kept.
 *   <li>{@code path.segment}: the same input split at {@code /} too: one term per directory or file
 *       name, and its parts the same way as words ({@code numa_topology.py} also gives {@code
 *       numa}, {@code topology}, {@code py}), case kept.
 *   <li>{@code hashtag}: one hashtag per line; each one term, lower-cased.
 * </ul>
 *
 * <p>Path and hashtag values are joined with newlines so that one analysis pass indexes all of
 * them; git paths and Gerrit hashtags with a newline are dropped before they get here. {@link
 * #indexing()} is the twin that {@link PatchSetIndexer} uses: it keeps each identifier beside its
 * parts.
 */
public final class FocusAnalyzer extends Analyzer {
  /** Longest path or hashtag kept as one term; longer ones are dropped before analysis. */
  static final int MAX_VALUE_CHARS = 1024;

  /** Longest word: an identifier longer than this is cut (and its parts with it). */
  static final int MAX_WORD_CHARS = 255;

  /**
   * English stop words, plus what is left of a contraction once the apostrophe splits it ({@code
   * doesn't} gives {@code doesn} and {@code t}).
   */
  private static final CharArraySet STOP_WORDS = stopWords();

  private final boolean keepIdentifiers;
  private FocusAnalyzer indexing;

  /** The analyzer of queries. */
  public FocusAnalyzer() {
    this(false);
  }

  private FocusAnalyzer(boolean keepIdentifiers) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.keepIdentifiers = keepIdentifiers;
  }

  /** The analyzer of indexed text: the same, and each identifier kept whole beside its parts. */
  public synchronized FocusAnalyzer indexing() {
    if (keepIdentifiers) {
      return this;
    }
    if (indexing == null) {
      indexing = new FocusAnalyzer(true);
    }
    return indexing;
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    switch (field) {
      case FocusFields.PATH -> {
        return new TokenStreamComponents(lines(c -> c == '\n'));
      }
      case FocusFields.PATH_SEGMENT -> {
        Tokenizer source = lines(c -> c == '\n' || c == '/');
        // Path queries look segments up as terms, never analysed: each segment is kept whole.
        return new TokenStreamComponents(source, new CodeWordFilter(source, true));
      }
      case FocusFields.HASHTAG -> {
        Tokenizer source = lines(c -> c == '\n');
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
      default -> {
        Tokenizer source =
            new CharTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, MAX_WORD_CHARS) {
              @Override
              protected boolean isTokenChar(int c) {
                return CodeWordFilter.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
              }
            };
        TokenStream words = new CodeWordFilter(new TrimDelimitersFilter(source), keepIdentifiers);
        words = new LowerCaseFilter(words);
        words = new StopFilter(words, STOP_WORDS);
        return new TokenStreamComponents(source, new PorterStemFilter(words));
      }
    }
  }

  @Override
  protected TokenStream normalize(String field, TokenStream in) {
    // Wildcard and fuzzy terms skip analysis; they still need the case folding of their field.
    return switch (field) {
      case FocusFields.PATH, FocusFields.PATH_SEGMENT -> in;
      default -> new LowerCaseFilter(in);
    };
  }

  private static Tokenizer lines(IntPredicate separator) {
    return new CharTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, MAX_VALUE_CHARS) {
      @Override
      protected boolean isTokenChar(int c) {
        return !separator.test(c);
      }
    };
  }

  private static CharArraySet stopWords() {
    List<Object> words = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    words.addAll(List.of("s", "t", "d", "ll", "m", "re", "ve"));
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }
}
