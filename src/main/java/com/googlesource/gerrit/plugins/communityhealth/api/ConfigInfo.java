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

package com.googlesource.gerrit.plugins.communityhealth.api;

import java.util.List;
import java.util.Map;

/**
 * The effective configuration of a project, as returned by {@code GET
 * /projects/{project}/community-health~config}.
 */
public class ConfigInfo {
  /** The project. */
  public String project;

  /** Whether the plugin is enabled on this server ({@code gerrit.config}). */
  public boolean enabled;

  /** Every section in force, with each value and where it came from. */
  public List<SectionInfo> sections;

  /**
   * Problems in the stored configuration (invalid values, which fall back to their defaults).
   * Absent when there are none.
   */
  public List<String> problems;

  /** A section in force. */
  public static class SectionInfo {
    /** Kind of section: {@code feature}, {@code focusArea}, {@code newcomer}, {@code review}. */
    public String section;

    /** Subsection name, for {@code feature} and {@code focusArea}. */
    public String name;

    /** The project whose file defines the section, or {@code default}. */
    public String source;

    /** Key to value. */
    public Map<String, ValueInfo> values;
  }

  /** A value in force. */
  public static class ValueInfo {
    /** A string, or a list of strings for repeatable keys. */
    public Object value;

    /** The project whose file set the value, or {@code default}. */
    public String source;
  }
}
