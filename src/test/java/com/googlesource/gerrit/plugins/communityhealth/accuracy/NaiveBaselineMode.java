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
package com.googlesource.gerrit.plugins.communityhealth.accuracy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive baseline: the same words and paths as each area's query, without a query language. A
 * change is in the area when its subject or message contains any of the query's words or phrases
 * (case-insensitive substring), or one of its files starts with the literal part of any of the
 * query's {@code path:} globs. Operators ({@code AND}, {@code NOT}, ...) and field names are
 * ignored: every clause counts as {@code OR}.
 */
public final class NaiveBaselineMode implements AccuracyMode {
  private static final Pattern CLAUSE =
      Pattern.compile("(?:([A-Za-z_.]+):)?(\"[^\"]*\"|[^\\s()\"]+)");

  /** The words and path prefixes of one query. */
  record Clues(ImmutableList<String> words, ImmutableList<String> pathPrefixes) {}

  @Override
  public String name() {
    return "naive baseline";
  }

  @Override
  public Classifier prepare(
      ImmutableList<FocusAreaDefinition> areas, ImmutableList<LabelledChange> linked) {
    List<String> names = new ArrayList<>();
    List<Clues> clues = new ArrayList<>();
    for (FocusAreaDefinition a : areas) {
      names.add(a.name());
      clues.add(clues(a.query()));
    }
    return change -> {
      String text = (change.subject() + "\n" + change.message()).toLowerCase(Locale.ROOT);
      ImmutableSet.Builder<String> out = ImmutableSet.builder();
      for (int i = 0; i < names.size(); i++) {
        Clues c = clues.get(i);
        boolean hit =
            c.words().stream().anyMatch(text::contains)
                || change.files().stream()
                    .anyMatch(f -> c.pathPrefixes().stream().anyMatch(f::startsWith));
        if (hit) {
          out.add(names.get(i));
        }
      }
      return out.build();
    };
  }

  static Clues clues(String query) {
    ImmutableList.Builder<String> words = ImmutableList.builder();
    ImmutableList.Builder<String> paths = ImmutableList.builder();
    Matcher m = CLAUSE.matcher(query);
    while (m.find()) {
      String field = m.group(1);
      String value = m.group(2);
      if (value.startsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      int boost = value.indexOf('^');
      if (boost > 0 && !"path".equals(field)) {
        value = value.substring(0, boost);
      }
      if ("path".equals(field)) {
        int wild = firstWildcard(value);
        paths.add(value.substring(0, wild));
      } else if (!value.isEmpty() && !List.of("AND", "OR", "NOT").contains(value)) {
        words.add(value.replace("*", "").toLowerCase(Locale.ROOT));
      }
    }
    return new Clues(words.build(), paths.build());
  }

  private static int firstWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      if ("*?[{".indexOf(glob.charAt(i)) >= 0) {
        return i;
      }
    }
    return glob.length();
  }
}
