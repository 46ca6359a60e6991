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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Reads a feature matrix in OpenStack Nova's format ({@code doc/source/user/feature-matrix-*.ini}),
 * so that a project can take a feature's maturity, testing and docs from the matrix it already
 * publishes instead of restating them.
 *
 * <p>{@code [target.ID]} sections are the columns (CI jobs), with {@code title} and {@code link}.
 * Every other section (Nova uses {@code [operation.ID]}) is a row, with {@code title}, {@code
 * notes}, {@code maturity} (Nova's {@code incomplete}, {@code experimental}, {@code complete},
 * {@code deprecated}, and this plugin's {@code required}; any case), {@code api_doc_link}, {@code
 * admin_doc_link}, {@code tempest_test_uuids} (separated by {@code ;}, {@code ,} or spaces, as
 * Nova's files mix them), {@code cli}, and one {@code ID=STATUS[:RELEASE]} per target (also spelled
 * {@code driver-impl-ID}); other keys, such as {@code driver-notes-ID}, are ignored, as Nova's
 * renderer ignores them.
 *
 * <p>Like Nova's renderer, a row without {@code maturity} is incomplete, and a row must name a
 * status for every target. The file's syntax is checked when it is parsed; a row is interpreted
 * when asked for, so that one bad row does not hide the others. Errors name the line, or the
 * section and key, and what is wrong.
 */
public final class NovaMatrixReader {
  private static final String TARGET_PREFIX = "target.";
  private static final String TARGETS_SECTION = "targets";
  private static final String DRIVER_IMPL_PREFIX = "driver-impl-";
  private static final String GATING_LINK_MARK = "project-gating";
  private static final int MAX_LISTED_SECTIONS = 10;

  private static final ImmutableMap<String, Maturity> MATURITIES =
      ImmutableMap.of(
          "incomplete", Maturity.INCOMPLETE,
          "experimental", Maturity.EXPERIMENTAL,
          "complete", Maturity.COMPLETE,
          "required", Maturity.REQUIRED,
          "deprecated", Maturity.DEPRECATED);

  private static final ImmutableMap<String, TargetStatus> STATUSES =
      ImmutableMap.of(
          "complete", TargetStatus.COMPLETE,
          "partial", TargetStatus.PARTIAL,
          "missing", TargetStatus.MISSING,
          "unknown", TargetStatus.UNKNOWN);

  private static final Splitter TEST_ID_SPLITTER =
      Splitter.onPattern("[;,\\s]+").omitEmptyStrings().trimResults();

  private final IniFile ini;
  private final ImmutableMap<String, MatrixTarget> targets;

  private NovaMatrixReader(IniFile ini, ImmutableMap<String, MatrixTarget> targets) {
    this.ini = ini;
    this.targets = targets;
  }

  /**
   * Parses a matrix file's text and its targets.
   *
   * @throws IllegalArgumentException for a syntax error or a bad target section
   */
  public static NovaMatrixReader parse(String text) {
    IniFile ini = IniFile.parse(text);
    ImmutableMap.Builder<String, MatrixTarget> targets = ImmutableMap.builder();
    for (String name : ini.sectionNames()) {
      if (name.startsWith(TARGET_PREFIX)) {
        IniFile.Section s = ini.section(name).orElseThrow();
        String title = required(ini, s, "title");
        Optional<String> link = optional(ini, s, "link");
        boolean gating = link.map(l -> l.contains(GATING_LINK_MARK)).orElse(false);
        String id = name.substring(TARGET_PREFIX.length());
        targets.put(id, new MatrixTarget(id, title, link, gating));
      }
    }
    return new NovaMatrixReader(ini, targets.buildOrThrow());
  }

  /** The targets (columns) by id, in file order. */
  public ImmutableMap<String, MatrixTarget> targets() {
    return targets;
  }

  /** The names of the row sections, in file order. */
  public ImmutableList<String> operations() {
    return StreamSupport.stream(ini.sectionNames().spliterator(), false)
        .filter(NovaMatrixReader::isRow)
        .collect(toImmutableList());
  }

  /** Every row, in file order; fails on the first bad one. */
  public ImmutableList<MatrixEntry> entries() {
    return operations().stream().map(this::entry).collect(toImmutableList());
  }

  /**
   * Interprets one row.
   *
   * @param section the section name, e.g. {@code operation.snapshot-server}
   * @throws IllegalArgumentException naming the section and key when the row is missing or wrong
   */
  public MatrixEntry entry(String section) {
    requireNonNull(section, "section");
    IniFile.Section s =
        ini.section(section)
            .filter(x -> isRow(x.name()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "there is no operation section ["
                            + section
                            + "]; operations: "
                            + listed()));
    String title = required(ini, s, "title");
    Maturity maturity =
        ini.value(s, "maturity").map(v -> parseMaturity(section, v)).orElse(Maturity.INCOMPLETE);
    ImmutableList<String> tests =
        ini.value(s, "tempest_test_uuids")
            .map(v -> ImmutableList.copyOf(TEST_ID_SPLITTER.split(v.text())))
            .orElse(ImmutableList.of());
    Optional<String> apiDocLink = optional(ini, s, "api_doc_link");
    Optional<String> adminDocLink = optional(ini, s, "admin_doc_link");
    ImmutableMap<String, TargetStatus> statuses = statuses(s);
    return new MatrixEntry(
        section,
        title,
        optional(ini, s, "notes"),
        maturity,
        testingOf(tests, statuses, targets),
        docsOf(apiDocLink, adminDocLink),
        tests,
        apiDocLink,
        adminDocLink,
        optional(ini, s, "cli"),
        statuses);
  }

  /**
   * The testing level of a row, from the strongest evidence the matrix gives for it:
   *
   * <ol>
   *   <li>{@link Testing#CHECKED}: tempest tests are listed and a gating target (one that runs in
   *       the project's own check or gate queue) is {@code complete};
   *   <li>{@link Testing#REGULARLY_TESTED}: tempest tests are listed and some other target, a
   *       third-party CI, is {@code complete};
   *   <li>{@link Testing#IMPLEMENTED}: some target is {@code complete} or {@code partial}, but no
   *       listed test backs it (Nova's notes on {@code partial} say "not tested in a CI system, but
   *       it is implemented");
   *   <li>{@link Testing#NOT_IMPLEMENTED}: every target is {@code missing};
   *   <li>{@link Testing#UNKNOWN}: otherwise (no targets, or only {@code unknown} and {@code
   *       missing}).
   * </ol>
   */
  static Testing testingOf(
      ImmutableList<String> tempestTests,
      ImmutableMap<String, TargetStatus> statuses,
      ImmutableMap<String, MatrixTarget> targets) {
    boolean tested = !tempestTests.isEmpty();
    boolean completeOnGate = false;
    boolean completeElsewhere = false;
    boolean implemented = false;
    boolean allMissing = !statuses.isEmpty();
    for (Map.Entry<String, TargetStatus> e : statuses.entrySet()) {
      TargetStatus status = e.getValue();
      if (status == TargetStatus.COMPLETE) {
        MatrixTarget target = targets.get(e.getKey());
        if (target != null && target.gating()) {
          completeOnGate = true;
        } else {
          completeElsewhere = true;
        }
      }
      implemented |= status == TargetStatus.COMPLETE || status == TargetStatus.PARTIAL;
      allMissing &= status == TargetStatus.MISSING;
    }
    if (tested && completeOnGate) {
      return Testing.CHECKED;
    }
    if (tested && completeElsewhere) {
      return Testing.REGULARLY_TESTED;
    }
    if (implemented) {
      return Testing.IMPLEMENTED;
    }
    return allMissing ? Testing.NOT_IMPLEMENTED : Testing.UNKNOWN;
  }

  /**
   * The docs level of a row: {@link Docs#COMPLETE} with both an API reference and an admin guide
   * (what Nova asks of a complete feature), {@link Docs#USER} with one of them, else {@link
   * Docs#NONE}.
   */
  static Docs docsOf(Optional<String> apiDocLink, Optional<String> adminDocLink) {
    if (apiDocLink.isPresent() && adminDocLink.isPresent()) {
      return Docs.COMPLETE;
    }
    return apiDocLink.isPresent() || adminDocLink.isPresent() ? Docs.USER : Docs.NONE;
  }

  private ImmutableMap<String, TargetStatus> statuses(IniFile.Section s) {
    Map<String, TargetStatus> found = new LinkedHashMap<>();
    Map<String, String> foundUnder = new LinkedHashMap<>();
    for (String key : ini.keys(s)) {
      String id =
          key.startsWith(DRIVER_IMPL_PREFIX) ? key.substring(DRIVER_IMPL_PREFIX.length()) : key;
      if (!targets.containsKey(id)) {
        if (key.startsWith(DRIVER_IMPL_PREFIX)) {
          throw problem(s.name(), key, ini.value(s, key), "names no declared [target." + id + "]");
        }
        continue;
      }
      IniFile.Value v = ini.value(s, key).orElseThrow();
      if (foundUnder.containsKey(id)) {
        throw problem(
            s.name(), key, Optional.of(v), "repeats the status given as " + foundUnder.get(id));
      }
      found.put(id, parseStatus(s.name(), key, v));
      foundUnder.put(id, key);
    }
    ImmutableMap.Builder<String, TargetStatus> inTargetOrder = ImmutableMap.builder();
    for (String id : targets.keySet()) {
      TargetStatus status = found.get(id);
      if (status == null) {
        throw problem(
            s.name(),
            id,
            Optional.empty(),
            "is missing; every target needs a status: " + String.join(", ", STATUSES.keySet()));
      }
      inTargetOrder.put(id, status);
    }
    return inTargetOrder.buildOrThrow();
  }

  private static TargetStatus parseStatus(String section, String key, IniFile.Value v) {
    // Nova appends the release that last changed the cell: "complete:l".
    String status = v.text().split(":", 2)[0].strip().toLowerCase(Locale.ROOT);
    TargetStatus parsed = STATUSES.get(status);
    if (parsed == null) {
      throw problem(
          section,
          key,
          Optional.of(v),
          "'" + v.text() + "' is not a status; expected " + String.join(", ", STATUSES.keySet()));
    }
    return parsed;
  }

  private static Maturity parseMaturity(String section, IniFile.Value v) {
    Maturity m = MATURITIES.get(v.text().strip().toLowerCase(Locale.ROOT));
    if (m == null) {
      throw problem(
          section,
          "maturity",
          Optional.of(v),
          "'"
              + v.text()
              + "' is not a maturity; expected "
              + String.join(", ", MATURITIES.keySet()));
    }
    return m;
  }

  private static boolean isRow(String section) {
    return !section.startsWith(TARGET_PREFIX) && !section.equals(TARGETS_SECTION);
  }

  private String listed() {
    ImmutableList<String> rows = operations();
    if (rows.isEmpty()) {
      return "none";
    }
    String shown = String.join(", ", Iterables.limit(rows, MAX_LISTED_SECTIONS));
    return rows.size() > MAX_LISTED_SECTIONS
        ? shown + " and " + (rows.size() - MAX_LISTED_SECTIONS) + " more"
        : shown;
  }

  private static String required(IniFile ini, IniFile.Section s, String key) {
    return optional(ini, s, key)
        .orElseThrow(() -> problem(s.name(), key, Optional.empty(), "is missing or empty"));
  }

  private static Optional<String> optional(IniFile ini, IniFile.Section s, String key) {
    return ini.value(s, key).map(IniFile.Value::text).filter(t -> !t.isEmpty());
  }

  private static IllegalArgumentException problem(
      String section, String key, Optional<IniFile.Value> value, String message) {
    String where = value.map(v -> " (line " + v.line() + ")").orElse("");
    return new IllegalArgumentException("[" + section + "] " + key + ": " + message + where);
  }
}
