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

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The labelled Kilo commits of {@code ../shared/data/nova-kilo-focus.jsonl} (see its README), in
 * date order, numbered from 1 in that order.
 */
final class KiloData {
  /** One commit. */
  record Commit(int number, OffsetDateTime date, PatchSetText text, ImmutableSet<String> labels) {}

  static final Path FILE = Path.of("..", "shared", "data", "nova-kilo-focus.jsonl");

  static boolean available() {
    return Files.isReadable(FILE);
  }

  static ImmutableList<Commit> load() {
    List<Commit> commits = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(FILE, UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        commits.add(
            new Commit(
                0,
                OffsetDateTime.parse(o.get("date").getAsString()),
                new PatchSetText(
                    o.get("subject").getAsString(),
                    o.get("message").getAsString(),
                    strings(o.getAsJsonArray("files")),
                    Optional.empty(),
                    ImmutableList.of()),
                ImmutableSet.copyOf(strings(o.getAsJsonArray("labels")))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    commits.sort(Comparator.comparing(c -> c.date().toInstant()));
    ImmutableList.Builder<Commit> numbered = ImmutableList.builder();
    for (int i = 0; i < commits.size(); i++) {
      Commit c = commits.get(i);
      numbered.add(new Commit(i + 1, c.date(), c.text(), c.labels()));
    }
    return numbered.build();
  }

  private static ImmutableList<String> strings(JsonArray a) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (JsonElement e : a) {
      out.add(e.getAsString());
    }
    return out.build();
  }

  private KiloData() {}
}
