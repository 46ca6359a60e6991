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

/**
 * Learning a focus area from the changes its {@code link} selects. Pure: no Gerrit types.
 *
 * <p>{@link FocusLearner} indexes a project's recent changes ({@link ExampleChange}: the linked
 * ones and the others) into a small in-memory Lucene index with the fields and analysis of the
 * matcher ({@link com.googlesource.gerrit.plugins.communityhealth.focus.FocusFields}, {@link
 * com.googlesource.gerrit.plugins.communityhealth.focus.FocusAnalyzer}). {@link LearnedFocus} then
 * finds, for a patch set, its nearest neighbours among them with Lucene's {@link
 * org.apache.lucene.queries.mlt.MoreLikeThis}: the patch set's most telling words, code words and
 * paths (frequent in it, rare in the project) become one query, and the {@value
 * LearnerSettings#DEFAULT_NEIGHBOURS} best-scoring recent changes vote. An area matches when the
 * linked changes among them carry at least {@link LearnerSettings#minVote()} of the votes; a weak
 * match of the area's query stands when they carry at least {@link LearnerSettings#minSupport()}
 * ({@link LearnedFocus#queryMatchStands}). Every term's document frequency and postings state come
 * from a table read when learning ({@link LearnedTerms}; MoreLikeThis reads it through {@link
 * LearnedFrequencies}), so that no search seeks the terms dictionary, and the search asks for no
 * hit count, so that it skips the documents that cannot be among the nearest.
 */
package com.googlesource.gerrit.plugins.communityhealth.focus.learn;
