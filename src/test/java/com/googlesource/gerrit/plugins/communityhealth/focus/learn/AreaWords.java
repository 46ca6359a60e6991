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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An area's words and paths as an admin writes them once from the release's priorities (never from
 * reading the labelled commits), read two ways: as a focus query for the matcher, and as the naive
 * baseline (case-insensitive substring search for the words, path prefixes for the paths).
 */
record AreaWords(String area, ImmutableList<String> words, ImmutableList<String> pathPrefixes) {
  /** The Kilo release priorities' own words for the four efforts of the data. */
  static final ImmutableList<AreaWords> KILO =
      ImmutableList.of(
          new AreaWords(
              "objects", ImmutableList.of("objects", "object"), ImmutableList.of("nova/objects/")),
          new AreaWords(
              "api-v2.1",
              ImmutableList.of("v2.1", "v3", "microversion", "microversions", "api policy"),
              ImmutableList.of("nova/api/openstack/compute/plugins/v3/")),
          new AreaWords(
              "scheduler",
              ImmutableList.of("scheduler", "compute node", "compute nodes"),
              ImmutableList.of("nova/scheduler/")),
          new AreaWords(
              "nfv",
              ImmutableList.of(
                  "numa", "large pages", "huge pages", "hugepages", "cpu pinning", "vhost-user"),
              ImmutableList.of("nova/virt/hardware.py")));

  /** The focus query: each word (a phrase where it has several) or a path glob. */
  String query() {
    List<String> clauses = new ArrayList<>();
    for (String w : words) {
      clauses.add(w.matches("[a-z0-9]+") ? w : "\"" + w + "\"");
    }
    for (String p : pathPrefixes) {
      clauses.add("path:" + (p.endsWith("/") ? p + "**" : p));
    }
    return String.join(" OR ", clauses);
  }

  /** The naive baseline: a word anywhere in the message, or a path under a prefix. */
  boolean naiveMatch(KiloData.Commit c) {
    String text = c.text().message().toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    for (String path : c.text().paths()) {
      for (String p : pathPrefixes) {
        if (path.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }
}
