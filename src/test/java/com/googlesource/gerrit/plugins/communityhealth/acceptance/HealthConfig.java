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

package com.googlesource.gerrit.plugins.communityhealth.acceptance;

import static com.google.common.base.Preconditions.checkState;

import com.google.gerrit.acceptance.PushOneCommit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Config;

/**
 * Writes a project's {@code community-health.config} fluently and pushes it, so that tests say what
 * they configure instead of typing the file:
 *
 * <pre>{@code
 * config().focusArea("upgrades").query("path:nova/db/**").weight(2)
 *     .review().remind(true).ignoredAfter("2d")
 *     .push();
 * }</pre>
 *
 * <p>A section method ({@link #feature}, {@link #focusArea}, {@link #review}, {@link #newcomer})
 * starts or reopens a section; the key methods after it set keys in it. Values are written with
 * JGit, which quotes and escapes them as git config needs. {@link #push} fails the test unless the
 * push is accepted; {@link #text} is the file, for a test that pushes it otherwise.
 */
public final class HealthConfig {
  /** Pushes a file's text as the project's {@code community-health.config}. */
  @FunctionalInterface
  public interface Pusher {
    PushOneCommit.Result push(String text) throws Exception;
  }

  private final Config config = new Config();
  private final Pusher pusher;
  private String section;
  private String subsection;

  HealthConfig(Pusher pusher) {
    this.pusher = pusher;
  }

  // Sections.

  public HealthConfig feature(String name) {
    return section("feature", name);
  }

  public HealthConfig focusArea(String name) {
    return section("focusArea", name);
  }

  public HealthConfig review() {
    return section("review", null);
  }

  public HealthConfig newcomer() {
    return section("newcomer", null);
  }

  // [feature "NAME"]

  public HealthConfig title(String title) {
    return set("title", title);
  }

  /** Adds a {@code path} glob (repeatable). */
  public HealthConfig path(String glob) {
    return add("path", glob);
  }

  public HealthConfig maturity(String maturity) {
    return set("maturity", maturity);
  }

  public HealthConfig testing(String testing) {
    return set("testing", testing);
  }

  public HealthConfig docs(String docs) {
    return set("docs", docs);
  }

  /** Adds a {@code maintainer}, an account or {@code group:NAME} (repeatable). */
  public HealthConfig maintainer(String maintainer) {
    return add("maintainer", maintainer);
  }

  public HealthConfig unmaintainedAfter(String duration) {
    return set("unmaintainedAfter", duration);
  }

  // [focusArea "NAME"]

  public HealthConfig query(String query) {
    return set("query", query);
  }

  public HealthConfig description(String description) {
    return set("description", description);
  }

  public HealthConfig weight(double weight) {
    return set("weight", weight == Math.rint(weight) ? Long.toString((long) weight) : "" + weight);
  }

  public HealthConfig until(String date) {
    return set("until", date);
  }

  // [review]

  public HealthConfig ignoredAfter(String duration) {
    return set("ignoredAfter", duration);
  }

  public HealthConfig newcomerIgnoredAfter(String duration) {
    return set("newcomerIgnoredAfter", duration);
  }

  /** {@code ignoredAfter} and {@code newcomerIgnoredAfter} alike. */
  public HealthConfig allIgnoredAfter(String duration) {
    return ignoredAfter(duration).newcomerIgnoredAfter(duration);
  }

  public HealthConfig workingDays(boolean workingDays) {
    return set("workingDays", Boolean.toString(workingDays));
  }

  public HealthConfig remind(boolean remind) {
    return set("remind", Boolean.toString(remind));
  }

  public HealthConfig escalate(String escalate) {
    return set("escalate", escalate);
  }

  public HealthConfig exempt(String query) {
    return set("exempt", query);
  }

  public HealthConfig awayPattern(String regex) {
    return set("awayPattern", regex);
  }

  public HealthConfig dryRun(boolean dryRun) {
    return set("dryRun", Boolean.toString(dryRun));
  }

  // [newcomer]

  public HealthConfig welcome(boolean welcome) {
    return set("welcome", Boolean.toString(welcome));
  }

  public HealthConfig maxMergedChanges(int max) {
    return set("maxMergedChanges", Integer.toString(max));
  }

  public HealthConfig guide(String url) {
    return set("guide", url);
  }

  /** Adds a {@code mentor} (repeatable). */
  public HealthConfig mentor(String mentor) {
    return add("mentor", mentor);
  }

  public HealthConfig mentorAs(String mentorAs) {
    return set("mentorAs", mentorAs);
  }

  public HealthConfig message(String template) {
    return set("message", template);
  }

  public HealthConfig exemptGroup(String group) {
    return set("exemptGroup", group);
  }

  // Any key.

  /** Sets {@code key} in the current section, replacing an earlier value. */
  public HealthConfig set(String key, String value) {
    checkState(section != null, "start a section before setting %s", key);
    config.setString(section, subsection, key, value);
    return this;
  }

  /** Adds a value of the repeatable {@code key} in the current section. */
  public HealthConfig add(String key, String value) {
    checkState(section != null, "start a section before adding %s", key);
    List<String> values = new ArrayList<>(List.of(config.getStringList(section, subsection, key)));
    values.add(value);
    config.setStringList(section, subsection, key, values);
    return this;
  }

  /** The file's text. */
  public String text() {
    return config.toText();
  }

  /** Pushes the file to the project's {@code refs/meta/config}; fails unless it is accepted. */
  public PushOneCommit.Result push() throws Exception {
    PushOneCommit.Result result = pusher.push(text());
    result.assertOkStatus();
    return result;
  }

  @Override
  public String toString() {
    return text();
  }

  private HealthConfig section(String name, String sub) {
    this.section = name;
    this.subsection = sub;
    return this;
  }
}
