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

import com.google.common.collect.ImmutableList;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.entities.PatchSet;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.server.IdentifiedUser;
import com.google.gerrit.server.events.CommitReceivedEvent;
import com.google.gerrit.server.git.CodeReviewCommit;
import com.google.gerrit.server.git.CodeReviewCommit.CodeReviewRevWalk;
import com.google.gerrit.server.git.validators.CommitValidationException;
import com.google.gerrit.server.git.validators.CommitValidationInfo;
import com.google.gerrit.server.git.validators.CommitValidationListener;
import com.google.gerrit.server.git.validators.CommitValidationMessage;
import com.google.gerrit.server.git.validators.MergeValidationException;
import com.google.gerrit.server.git.validators.MergeValidationListener;
import com.google.gerrit.server.git.validators.ValidationMessage;
import com.google.gerrit.server.project.ProjectState;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Rejects a {@code community-health.config} that does not parse, both when it is pushed directly
 * to {@code refs/meta/config} and when a change for {@code refs/meta/config} is submitted. The
 * previous configuration stays in force.
 */
@Singleton
class PolicyValidator implements CommitValidationListener, MergeValidationListener {
  private final ConfigFileChecker checker;

  @Inject
  PolicyValidator(ConfigFileChecker checker) {
    this.checker = checker;
  }

  @Override
  public CommitValidationInfo validateCommit(CommitReceivedEvent event)
      throws CommitValidationException {
    if (!RefNames.REFS_CONFIG.equals(event.refName)) {
      return CommitValidationInfo.notApplicable(CommitValidationInfo.NO_METADATA);
    }
    ImmutableList<String> problems;
    try {
      problems = checker.check(event.revWalk.getObjectReader(), event.commit);
    } catch (IOException e) {
      throw new CommitValidationException(
          "cannot read " + ProjectPolicy.FILE_NAME + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new CommitValidationException(
          "invalid " + ProjectPolicy.FILE_NAME,
          problems.stream()
              .map(p -> new CommitValidationMessage(p, ValidationMessage.Type.ERROR))
              .collect(ImmutableList.toImmutableList()));
    }
    return CommitValidationInfo.passed(CommitValidationInfo.NO_METADATA, ImmutableList.of());
  }

  @Override
  public void onPreMerge(
      Repository repo,
      CodeReviewRevWalk revWalk,
      CodeReviewCommit commit,
      ProjectState destProject,
      BranchNameKey destBranch,
      PatchSet.Id patchSetId,
      IdentifiedUser caller)
      throws MergeValidationException {
    if (!RefNames.REFS_CONFIG.equals(destBranch.branch())) {
      return;
    }
    try {
      ImmutableList<String> problems = checker.check(revWalk.getObjectReader(), commit);
      if (!problems.isEmpty()) {
        throw new MergeValidationException(
            "invalid " + ProjectPolicy.FILE_NAME + ":\n" + String.join("\n", problems));
      }
    } catch (IOException e) {
      throw new MergeValidationException(
          "cannot read " + ProjectPolicy.FILE_NAME + ": " + e.getMessage());
    }
  }

  /** Reads the file from a commit and lists what is wrong with it, one message per problem. */
  static class ConfigFileChecker {
    /** Far above any real configuration; keeps a hostile push from filling the heap. */
    static final int MAX_FILE_BYTES = 1 << 20;

    private final GerritReferenceChecker references;

    @Inject
    ConfigFileChecker(GerritReferenceChecker references) {
      this.references = references;
    }

    ImmutableList<String> check(ObjectReader reader, RevCommit commit) throws IOException {
      Optional<String> text;
      try {
        text = read(reader, commit);
      } catch (LargeObjectException e) {
        return ImmutableList.of(
            ProjectPolicy.FILE_NAME + ": is larger than " + MAX_FILE_BYTES + " bytes");
      }
      if (text.isEmpty()) {
        return ImmutableList.of();
      }
      Config cfg = new Config();
      try {
        cfg.fromText(text.get());
      } catch (ConfigInvalidException e) {
        return ImmutableList.of(ProjectPolicy.FILE_NAME + ": syntax error: " + e.getMessage());
      }
      return PolicyParser.parse(cfg, references).problems().stream()
          .map(p -> p.describe(ProjectPolicy.FILE_NAME))
          .collect(ImmutableList.toImmutableList());
    }

    private static Optional<String> read(ObjectReader reader, RevCommit commit)
        throws IOException {
      try (TreeWalk tw = TreeWalk.forPath(reader, ProjectPolicy.FILE_NAME, commit.getTree())) {
        if (tw == null) {
          return Optional.empty();
        }
        return Optional.of(
            new String(reader.open(tw.getObjectId(0)).getCachedBytes(MAX_FILE_BYTES), UTF_8));
      }
    }
  }
}
