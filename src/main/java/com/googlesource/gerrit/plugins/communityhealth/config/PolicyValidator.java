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
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.server.IdentifiedUser;
import com.google.gerrit.server.events.CommitReceivedEvent;
import com.google.gerrit.server.git.CodeReviewCommit;
import com.google.gerrit.server.git.CodeReviewCommit.CodeReviewRevWalk;
import com.google.gerrit.server.git.GitRepositoryManager;
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
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Rejects a {@code community-health.config} that does not parse, both when it is pushed directly to
 * {@code refs/meta/config} and when a change for {@code refs/meta/config} is submitted. The
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
    Findings findings;
    try {
      findings =
          checker.check(event.project.getNameKey(), event.revWalk.getObjectReader(), event.commit);
    } catch (IOException e) {
      throw new CommitValidationException(
          "cannot read " + ProjectPolicy.FILE_NAME + ": " + e.getMessage(), e);
    }
    ImmutableList<CommitValidationMessage> warnings =
        findings.warnings().stream()
            .map(p -> new CommitValidationMessage(p, ValidationMessage.Type.WARNING))
            .collect(ImmutableList.toImmutableList());
    if (!findings.errors().isEmpty()) {
      throw new CommitValidationException(
          "invalid " + ProjectPolicy.FILE_NAME,
          ImmutableList.<CommitValidationMessage>builder()
              .addAll(
                  findings.errors().stream()
                      .map(p -> new CommitValidationMessage(p, ValidationMessage.Type.ERROR))
                      .iterator())
              .addAll(warnings)
              .build());
    }
    return CommitValidationInfo.passed(CommitValidationInfo.NO_METADATA, warnings);
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
      ImmutableList<String> problems =
          checker.check(destProject.getNameKey(), revWalk.getObjectReader(), commit).errors();
      if (!problems.isEmpty()) {
        throw new MergeValidationException(
            "invalid " + ProjectPolicy.FILE_NAME + ":\n" + String.join("\n", problems));
      }
    } catch (IOException e) {
      throw new MergeValidationException(
          "cannot read " + ProjectPolicy.FILE_NAME + ": " + e.getMessage());
    }
  }

  /** What is wrong with a file (the push is rejected) and what deserves a look (it is not). */
  record Findings(ImmutableList<String> errors, ImmutableList<String> warnings) {
    static final Findings NONE = new Findings(ImmutableList.of(), ImmutableList.of());

    static Findings errors(ImmutableList<String> errors) {
      return new Findings(errors, ImmutableList.of());
    }
  }

  /** Reads the file from a commit and lists what is wrong with it, one message per problem. */
  static class ConfigFileChecker {
    /** Far above any real configuration; keeps a hostile push from filling the heap. */
    static final int MAX_FILE_BYTES = 1 << 20;

    private final GerritReferenceChecker references;
    private final GitRepositoryManager repos;

    @Inject
    ConfigFileChecker(GerritReferenceChecker references, GitRepositoryManager repos) {
      this.references = references;
      this.repos = repos;
    }

    Findings check(Project.NameKey project, ObjectReader reader, RevCommit commit)
        throws IOException {
      Optional<String> text;
      try {
        text = read(reader, commit);
      } catch (LargeObjectException e) {
        return Findings.errors(
            ImmutableList.of(
                ProjectPolicy.FILE_NAME + ": is larger than " + MAX_FILE_BYTES + " bytes"));
      }
      if (text.isEmpty()) {
        return Findings.NONE;
      }
      Config cfg;
      try {
        cfg = PolicyText.parse(text.get());
      } catch (ConfigInvalidException e) {
        return Findings.errors(
            ImmutableList.of(ProjectPolicy.FILE_NAME + ": syntax error: " + e.getMessage()));
      }
      ParsedPolicy parsed = PolicyParser.parse(cfg, references);
      ImmutableList.Builder<String> errors = ImmutableList.builder();
      ImmutableList.Builder<String> warnings = ImmutableList.builder();
      parsed.problems().forEach(p -> errors.add(p.describe(ProjectPolicy.FILE_NAME)));
      checkMatrices(project, parsed.policy().matrixImports(), errors, warnings);
      return new Findings(errors.build(), warnings.build());
    }

    /**
     * A matrix file that exists must have the named row: a typo would otherwise leave the declared
     * values in force without a word. A file (or branch) that does not exist yet only warns, as the
     * file may be added after the configuration.
     */
    private void checkMatrices(
        Project.NameKey project,
        ImmutableList<MatrixImport> imports,
        ImmutableList.Builder<String> errors,
        ImmutableList.Builder<String> warnings)
        throws IOException {
      if (imports.isEmpty()) {
        return;
      }
      try (Repository repo = repos.openRepository(project);
          ObjectReader reader = repo.newObjectReader()) {
        for (MatrixImport i : imports) {
          String at = ProjectPolicy.FILE_NAME + ": [feature \"" + i.feature() + "\"] matrix: ";
          MatrixFiles.Head head = MatrixFiles.head(repo, i.ref());
          String where = MatrixFiles.describe(i.ref(), head.refName());
          Optional<ObjectId> blob =
              head.commit().isPresent()
                  ? MatrixFiles.blob(reader, head.commit().get(), i.ref().path())
                  : Optional.empty();
          if (blob.isEmpty()) {
            warnings.add(
                at + where + " does not exist yet; the declared values apply until it does");
            continue;
          }
          try {
            MatrixFiles.read(reader, blob.get()).row(i.ref().section());
          } catch (IllegalArgumentException e) {
            errors.add(at + "cannot import " + where + ": " + e.getMessage());
          }
        }
      }
    }

    private static Optional<String> read(ObjectReader reader, RevCommit commit) throws IOException {
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
