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

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The labelled Kilo data ({@code ../shared/data/nova-kilo-focus.jsonl}, see its README), sorted by
 * date and split in two halves: the first to tune on (and, in the links mode, to play the linked
 * changes), the second to report.
 */
public record KiloData(
    ImmutableList<LabelledChange> firstHalf, ImmutableList<LabelledChange> heldOut) {
  /**
   * Where the data is, relative to the project directory; {@code -Daccuracy.data=DIR} overrides.
   */
  public static final String DEFAULT_DIR = "../shared/data";

  public static final String FILE = "nova-kilo-focus.jsonl";

  /** The Kilo priority efforts, as the data labels them. */
  public static final ImmutableList<String> AREAS =
      ImmutableList.of("objects", "api-v2.1", "scheduler", "nfv");

  public static Path defaultFile() {
    return Path.of(System.getProperty("accuracy.data", DEFAULT_DIR)).resolve(FILE);
  }

  /**
   * Loads and splits the data.
   *
   * @throws IOException with a message that says where the file was looked for
   */
  public static KiloData load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "the labelled data is missing: no "
              + file.toAbsolutePath().normalize()
              + " (expected "
              + DEFAULT_DIR
              + "/"
              + FILE
              + " beside the project directory, or -Daccuracy.data=DIR)");
    }
    List<LabelledChange> all = new ArrayList<>();
    for (String line : Files.readAllLines(file, UTF_8)) {
      if (!line.isBlank()) {
        all.add(parse(JsonParser.parseString(line).getAsJsonObject()));
      }
    }
    all.sort(Comparator.comparing(LabelledChange::date).thenComparing(LabelledChange::sha));
    int half = all.size() / 2;
    return new KiloData(
        ImmutableList.copyOf(all.subList(0, half)),
        ImmutableList.copyOf(all.subList(half, all.size())));
  }

  private static LabelledChange parse(JsonObject o) {
    return new LabelledChange(
        o.get("sha").getAsString(),
        OffsetDateTime.parse(o.get("date").getAsString()).toInstant(),
        o.get("subject").getAsString(),
        o.get("message").getAsString(),
        strings(o, "files").asList(),
        ImmutableSet.copyOf(strings(o, "labels")));
  }

  private static ImmutableList<String> strings(JsonObject o, String field) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (JsonElement e : o.getAsJsonArray(field)) {
      b.add(e.getAsString());
    }
    return b.build();
  }
}
