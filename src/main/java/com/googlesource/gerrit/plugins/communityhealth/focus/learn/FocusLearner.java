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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.BoundedPatchSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAnalyzer;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Builds a project's {@link LearnedFocus}: indexes its recent changes into an in-memory Lucene
 * index, one document each, with the matcher's fields and analysis.
 */
public final class FocusLearner {
  /** The fields a learned similarity reads: the message (which holds the subject) and the files. */
  static final ImmutableList<String> FIELDS =
      ImmutableList.of(
          FocusFields.MESSAGE,
          FocusFields.PATH,
          FocusFields.PATH_SEGMENT,
          FocusFields.TOPIC,
          FocusFields.HASHTAG);

  /**
   * A text field without positions: similarity scores terms alone (BM25 reads frequencies and
   * lengths), so positions would only make the index bigger and its postings slower to read.
   */
  private static final FieldType TERMS_AND_FREQUENCIES = termsAndFrequencies();

  private final LearnerSettings settings;

  public FocusLearner(LearnerSettings settings) {
    this.settings = requireNonNull(settings, "settings");
  }

  /**
   * Learns from {@code changes}: the linked ones (those with areas) and the project's others, which
   * teach what every change says. Without any linked change the result matches nothing.
   */
  public LearnedFocus learn(List<ExampleChange> changes) {
    requireNonNull(changes, "changes");
    // The matcher's indexing analysis (identifiers whole and in their words): a patch set's
    // similarity query is read from the matcher's own analysis pass (PatchSetTermsReader), so its
    // terms must be the learned index's terms.
    FocusAnalyzer analyzer = new FocusAnalyzer().indexing();
    ByteBuffersDirectory dir =
        new ByteBuffersDirectory(
            new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new,
            ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    int[] numbers = new int[changes.size()];
    String[] subjects = new String[changes.size()];
    List<ImmutableSet<String>> areas = new ArrayList<>(changes.size());
    Map<String, Integer> linked = new HashMap<>();
    try (IndexWriter writer =
        new IndexWriter(
            dir,
            new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64))) {
      int doc = 0;
      for (ExampleChange change : changes) {
        Document d = new Document();
        for (Map.Entry<String, Collection<Object>> f :
            fields(BoundedPatchSet.of(change.text())).entrySet()) {
          for (Object value : f.getValue()) {
            d.add(new Field(f.getKey(), (String) value, TERMS_AND_FREQUENCIES));
          }
        }
        writer.addDocument(d);
        numbers[doc] = change.number();
        subjects[doc] = change.text().subject();
        areas.add(change.areas());
        change.areas().forEach(a -> linked.merge(a, 1, Integer::sum));
        doc++;
      }
      // One segment: document ids are the order added, so the arrays above describe them.
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new LearnedFocus(
          settings,
          analyzer,
          DirectoryReader.open(dir),
          numbers,
          subjects,
          ImmutableList.copyOf(areas),
          ImmutableMap.copyOf(linked));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType termsAndFrequencies() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** The learned fields' values of a bounded patch set, as Lucene field values. */
  static Map<String, Collection<Object>> fields(BoundedPatchSet bounded) {
    Map<String, Collection<Object>> fields = new HashMap<>();
    put(fields, FocusFields.MESSAGE, bounded.message());
    put(fields, FocusFields.PATH, bounded.pathLines());
    put(fields, FocusFields.PATH_SEGMENT, bounded.pathLines());
    put(fields, FocusFields.TOPIC, bounded.topic());
    put(fields, FocusFields.HASHTAG, bounded.hashtagLines());
    return fields;
  }

  private static void put(Map<String, Collection<Object>> fields, String field, String value) {
    if (!value.isEmpty()) {
      fields.put(field, List.of(value));
    }
  }
}
