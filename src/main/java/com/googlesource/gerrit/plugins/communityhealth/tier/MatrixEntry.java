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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * A row of a Nova feature matrix: an {@code [operation.ID]} section, with the testing and docs
 * levels {@link NovaMatrixReader} derives from it.
 *
 * @param section the section name, e.g. {@code operation.snapshot-server}
 * @param title the human-readable title
 * @param notes the description, if any (continuation lines joined with newlines)
 * @param maturity the declared maturity
 * @param testing derived from the tempest tests and target statuses; see {@link
 *     NovaMatrixReader#testingOf}
 * @param docs derived from the doc links; see {@link NovaMatrixReader#docsOf}
 * @param tempestTestUuids the tempest tests that validate the operation
 * @param apiDocLink the API reference, if linked
 * @param adminDocLink the admin guide, if linked
 * @param cli related command lines, if any
 * @param statuses per target id, in file order of the targets, how far it implements the operation
 */
public record MatrixEntry(
    String section,
    String title,
    Optional<String> notes,
    Maturity maturity,
    Testing testing,
    Docs docs,
    ImmutableList<String> tempestTestUuids,
    Optional<String> apiDocLink,
    Optional<String> adminDocLink,
    Optional<String> cli,
    ImmutableMap<String, TargetStatus> statuses) {
  public MatrixEntry {
    requireNonNull(section, "section");
    requireNonNull(title, "title");
    requireNonNull(notes, "notes");
    requireNonNull(maturity, "maturity");
    requireNonNull(testing, "testing");
    requireNonNull(docs, "docs");
    requireNonNull(tempestTestUuids, "tempestTestUuids");
    requireNonNull(apiDocLink, "apiDocLink");
    requireNonNull(adminDocLink, "adminDocLink");
    requireNonNull(cli, "cli");
    requireNonNull(statuses, "statuses");
  }
}
