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

package com.googlesource.gerrit.plugins.communityhealth.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixEntry;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixRef;
import com.googlesource.gerrit.plugins.communityhealth.tier.NovaMatrixReader;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Finds and reads the feature-matrix files that {@code [feature] matrix} keys name, in a project's
 * own repository. Shared by the push validator and the policy loader, so that both read a file the
 * same way.
 */
final class MatrixFiles {
  /** Far above Nova's matrices (about 60 KiB); keeps a hostile file from filling the heap. */
  static final int MAX_FILE_BYTES = 1 << 20;

  /** The branch head a reference points at, or why there is none. */
  record Head(Optional<ObjectId> commit, String refName) {
    Head {
      requireNonNull(commit, "commit");
      requireNonNull(refName, "refName");
    }
  }

  /** A matrix file as read: its rows, or why they cannot be read. */
  record MatrixFile(Optional<NovaMatrixReader> reader, Optional<String> error) {
    MatrixFile {
      requireNonNull(reader, "reader");
      requireNonNull(error, "error");
    }

    static MatrixFile of(NovaMatrixReader reader) {
      return new MatrixFile(Optional.of(reader), Optional.empty());
    }

    static MatrixFile broken(String error) {
      return new MatrixFile(Optional.empty(), Optional.of(error));
    }

    /**
     * The row a reference names.
     *
     * @throws IllegalArgumentException saying why the file or the row cannot be used
     */
    MatrixEntry row(String section) {
      if (reader.isEmpty()) {
        throw new IllegalArgumentException(error.orElse("unreadable"));
      }
      return reader.get().entry(section);
    }
  }

  /** The commit at the head of the reference's branch ({@code HEAD}: the default branch). */
  static Head head(Repository repo, MatrixRef ref) throws IOException {
    Ref r = repo.exactRef(ref.refName());
    if (r == null) {
      return new Head(Optional.empty(), ref.refName());
    }
    String name = r.isSymbolic() ? r.getTarget().getName() : r.getName();
    return new Head(Optional.ofNullable(r.getObjectId()), name);
  }

  /** The blob of {@code path} in {@code commit}, if it is a regular file there. */
  static Optional<ObjectId> blob(ObjectReader reader, ObjectId commit, String path)
      throws IOException {
    try (RevWalk rw = new RevWalk(reader)) {
      RevCommit c = rw.parseCommit(commit);
      try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
        if (tw == null || (tw.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
          return Optional.empty();
        }
        return Optional.of(tw.getObjectId(0));
      }
    }
  }

  /** Reads and parses a matrix file; a file that cannot be used is {@link MatrixFile#broken}. */
  static MatrixFile read(ObjectReader reader, ObjectId blob) throws IOException {
    String text;
    try {
      text = new String(reader.open(blob).getCachedBytes(MAX_FILE_BYTES), UTF_8);
    } catch (LargeObjectException e) {
      return MatrixFile.broken("the file is larger than " + MAX_FILE_BYTES + " bytes");
    }
    try {
      return MatrixFile.of(NovaMatrixReader.parse(text));
    } catch (IllegalArgumentException e) {
      return MatrixFile.broken("the file is not a feature matrix: " + e.getMessage());
    }
  }

  /** How a problem with a reference reads: {@code doc/x.ini#operation.y on refs/heads/master}. */
  static String describe(MatrixRef ref, String refName) {
    return ref.path() + "#" + ref.section() + " on " + refName;
  }

  private MatrixFiles() {}
}
