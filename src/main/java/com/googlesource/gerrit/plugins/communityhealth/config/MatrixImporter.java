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

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.git.GitRepositoryManager;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixFiles.Head;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixFiles.MatrixFile;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixEntry;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Applies {@code [feature] matrix} imports: reads each named row of a Nova-style feature matrix in
 * the project's own repository and takes from it the keys the feature does not declare.
 *
 * <p>Each call reads the head of each named branch (one ref lookup); everything else is cached by
 * what it depends on, so nothing needs invalidating: the blob of a file at a commit, the parsed
 * file by its blob id, and the resulting policy by the configuration revision and the blob ids. An
 * edit of a matrix file moves its branch, changes its blob and so reaches every signal at once.
 *
 * <p>A file that is missing or broken, or a row that is missing or invalid, leaves the feature with
 * its declared (or default) values; the problem is logged once per policy and matrix revision and
 * listed in the configuration endpoint's {@code problems}.
 */
@Singleton
class MatrixImporter {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String FILES_CACHE = "feature_matrix";
  static final String POLICIES_CACHE = "matrix_policy";
  private static final String DECLARED_APPLY = "; the declared values apply";

  /** A path in a commit. */
  private record PathAtCommit(ObjectId commit, String path) {}

  static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(FILES_CACHE, ObjectId.class, MatrixFile.class).maximumWeight(64);
        cache(POLICIES_CACHE, String.class, LoadedPolicy.class).maximumWeight(256);
      }
    };
  }

  private final GitRepositoryManager repos;
  private final Cache<ObjectId, MatrixFile> files;
  private final Cache<String, LoadedPolicy> policies;
  private final Cache<PathAtCommit, Optional<ObjectId>> blobs =
      CacheBuilder.newBuilder().maximumSize(1024).build();

  @Inject
  MatrixImporter(
      GitRepositoryManager repos,
      @Named(FILES_CACHE) Cache<ObjectId, MatrixFile> files,
      @Named(POLICIES_CACHE) Cache<String, LoadedPolicy> policies) {
    this.repos = repos;
    this.files = files;
    this.policies = policies;
  }

  /** {@code base} with the matrix imports of its policy applied, from {@code project}'s files. */
  LoadedPolicy apply(Project.NameKey project, LoadedPolicy base) {
    ImmutableList<MatrixImport> imports = base.policy().matrixImports();
    if (imports.isEmpty()) {
      return base;
    }
    try (Repository repo = repos.openRepository(project);
        ObjectReader reader = repo.newObjectReader()) {
      // One lookup per distinct file and branch: what the result depends on.
      Map<String, Located> located = new LinkedHashMap<>();
      StringBuilder matrixRevision = new StringBuilder();
      for (MatrixImport i : imports) {
        if (located.containsKey(i.ref().file())) {
          continue;
        }
        Located l = locate(repo, reader, i);
        located.put(i.ref().file(), l);
        matrixRevision
            .append(i.ref().file())
            .append('=')
            .append(l.blob().map(ObjectId::name).orElse("none"))
            .append(';');
      }
      String key = base.revision() + "|" + project.get() + "|" + matrixRevision;
      return policies.get(key, () -> importAll(project, base, located, reader, matrixRevision));
    } catch (IOException | ExecutionException | RuntimeException e) {
      logger.atWarning().withCause(e).log(
          "cannot import the feature matrices of project %s; declared values apply", project);
      return base.withImports(
          base.policy().features(),
          ImmutableMap.of(),
          imports.stream()
              .map(
                  i ->
                      problem(i, "cannot read " + i.ref() + ": " + e.getMessage() + DECLARED_APPLY))
              .collect(ImmutableList.toImmutableList()),
          "unreadable");
    }
  }

  /** Where a file is at its branch head. */
  private record Located(Head head, Optional<ObjectId> blob) {}

  private Located locate(Repository repo, ObjectReader reader, MatrixImport i)
      throws IOException, ExecutionException {
    Head head = MatrixFiles.head(repo, i.ref());
    if (head.commit().isEmpty()) {
      return new Located(head, Optional.empty());
    }
    ObjectId commit = head.commit().get();
    Optional<ObjectId> blob =
        blobs.get(
            new PathAtCommit(commit, i.ref().path()),
            () -> MatrixFiles.blob(reader, commit, i.ref().path()));
    return new Located(head, blob);
  }

  private LoadedPolicy importAll(
      Project.NameKey project,
      LoadedPolicy base,
      Map<String, Located> located,
      ObjectReader reader,
      CharSequence matrixRevision)
      throws IOException, ExecutionException {
    Map<String, MatrixImport> byFeature = new LinkedHashMap<>();
    base.policy().matrixImports().forEach(i -> byFeature.put(i.feature(), i));
    ImmutableList.Builder<FeatureDefinition> features = ImmutableList.builder();
    ImmutableMap.Builder<String, MatrixImport> applied = ImmutableMap.builder();
    ImmutableList.Builder<ConfigProblem> problems = ImmutableList.builder();
    for (FeatureDefinition f : base.policy().features()) {
      MatrixImport i = byFeature.get(f.name());
      if (i == null) {
        features.add(f);
        continue;
      }
      Located l = located.get(i.ref().file());
      String where = MatrixFiles.describe(i.ref(), l.head().refName());
      if (l.blob().isEmpty()) {
        problems.add(problem(i, where + " does not exist" + DECLARED_APPLY));
        features.add(f);
        continue;
      }
      ObjectId blob = l.blob().get();
      MatrixFile file = files.get(blob, () -> MatrixFiles.read(reader, blob));
      try {
        MatrixEntry row = file.row(i.ref().section());
        features.add(i.apply(f, row));
        applied.put(f.name(), i);
      } catch (IllegalArgumentException e) {
        problems.add(problem(i, "cannot import " + where + ": " + e.getMessage() + DECLARED_APPLY));
        features.add(f);
      }
    }
    ImmutableList<ConfigProblem> found = problems.build();
    if (!found.isEmpty()) {
      logger.atWarning().log(
          "feature matrix imports of project %s failed: %s",
          project,
          found.stream()
              .map(p -> p.describe(ProjectPolicy.FILE_NAME))
              .collect(ImmutableList.toImmutableList()));
    }
    return base.withImports(
        features.build(), applied.buildOrThrow(), found, matrixRevision.toString());
  }

  private static ConfigProblem problem(MatrixImport i, String message) {
    return ConfigProblem.of(
        FeatureSection.SECTION, i.feature(), FeatureSection.KEY_MATRIX, message);
  }
}
