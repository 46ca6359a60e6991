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
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.extensions.events.GitReferenceUpdatedListener;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.git.GitRepositoryManager;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixFiles.Head;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixFiles.MatrixFile;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixEntry;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixRef;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Applies {@code [feature] matrix} imports: reads each named row of a Nova-style feature matrix in
 * the project's own repository and takes from it the keys the feature does not declare.
 *
 * <p>The policy loader calls this on every load (for every change of a query), so the branch heads
 * of a project's matrix files are remembered until a branch of the project moves on this node, or
 * for {@link #HEADS_TTL} (an update on another primary). Everything else is cached by what it
 * depends on and needs no invalidation: the blob of a file at a commit, the parsed file by its blob
 * id, and the resulting policy by the configuration revision and the blob ids. An edit of a matrix
 * file moves its branch, changes its blob and so reaches every signal.
 *
 * <p>A file that is missing or broken, or a row that is missing or invalid, leaves the feature with
 * its declared (or default) values; the problem is logged once per policy and matrix revision and
 * listed in the configuration endpoint's {@code problems}.
 */
@Singleton
class MatrixImporter implements GitReferenceUpdatedListener {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String FILES_CACHE = "feature_matrix";
  static final String POLICIES_CACHE = "matrix_policy";
  private static final String DECLARED_APPLY = "; the declared values apply";

  /**
   * How long the branch heads of a project's matrix files are remembered. An update of a branch on
   * this node forgets them at once; this bounds how late an update made on another primary (which
   * fires no event here) is seen.
   */
  static final Duration HEADS_TTL = Duration.ofSeconds(10);

  /** A path in a commit. */
  private record PathAtCommit(ObjectId commit, String path) {}

  /** The matrix files a project's policy names. */
  private record Heads(Project.NameKey project, ImmutableList<MatrixRef> files) {}

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
  private final HealthMetrics metrics;
  private final Cache<PathAtCommit, Optional<ObjectId>> blobs =
      CacheBuilder.newBuilder().maximumSize(1024).build();
  private final Cache<Heads, ImmutableMap<String, Located>> heads =
      CacheBuilder.newBuilder().maximumSize(1024).expireAfterWrite(HEADS_TTL).build();

  @Inject
  MatrixImporter(
      GitRepositoryManager repos,
      @Named(FILES_CACHE) Cache<ObjectId, MatrixFile> files,
      @Named(POLICIES_CACHE) Cache<String, LoadedPolicy> policies,
      HealthMetrics metrics) {
    this.repos = repos;
    this.files = files;
    this.policies = policies;
    this.metrics = metrics;
  }

  /** {@code base} with the matrix imports of its policy applied, from {@code project}'s files. */
  LoadedPolicy apply(Project.NameKey project, LoadedPolicy base) {
    return apply(project, base, true);
  }

  /**
   * {@link #apply}, with {@code cacheResult} false for a policy that is not in force (a preview):
   * its imported policy is built but not kept.
   */
  LoadedPolicy apply(Project.NameKey project, LoadedPolicy base, boolean cacheResult) {
    ImmutableList<MatrixImport> imports = base.policy().matrixImports();
    if (imports.isEmpty()) {
      return base;
    }
    try {
      ImmutableList<MatrixRef> files =
          imports.stream()
              .map(MatrixImport::ref)
              .filter(distinctBy(MatrixRef::file))
              .collect(ImmutableList.toImmutableList());
      ImmutableMap<String, Located> located =
          heads.get(new Heads(project, files), () -> locateAll(project, files));
      StringBuilder matrixRevision = new StringBuilder();
      located.forEach(
          (file, l) ->
              matrixRevision
                  .append(file)
                  .append('=')
                  .append(l.blob().map(ObjectId::name).orElse("none"))
                  .append(';'));
      String key = base.revision() + "|" + project.get() + "|" + matrixRevision;
      return cacheResult
          ? policies.get(key, () -> importAll(project, base, located, matrixRevision))
          : importAll(project, base, located, matrixRevision);
    } catch (ExecutionException | IOException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      metrics.errors.increment(HealthMetrics.Component.CONFIG);
      logger.atWarning().withCause(cause).log(
          "cannot import the feature matrices of project %s; declared values apply", project);
      return base.withImports(
          base.policy().features(),
          ImmutableMap.of(),
          imports.stream()
              .map(
                  i ->
                      problem(
                          i, "cannot read " + i.ref() + ": " + cause.getMessage() + DECLARED_APPLY))
              .collect(ImmutableList.toImmutableList()),
          "unreadable");
    }
  }

  /** A branch moved on this node: its files may have changed. */
  @Override
  public void onGitReferenceUpdated(Event event) {
    String ref = event.getRefName();
    if (ref.startsWith(RefNames.REFS_HEADS) || ref.equals(Constants.HEAD)) {
      Project.NameKey project = Project.nameKey(event.getProjectName());
      heads.asMap().keySet().removeIf(k -> k.project().equals(project));
    }
  }

  private static <T> Predicate<T> distinctBy(Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    return t -> seen.add(key.apply(t));
  }

  /** Where a file is at its branch head. */
  private record Located(Head head, Optional<ObjectId> blob) {}

  private ImmutableMap<String, Located> locateAll(
      Project.NameKey project, ImmutableList<MatrixRef> files)
      throws IOException, ExecutionException {
    ImmutableMap.Builder<String, Located> out = ImmutableMap.builder();
    try (Repository repo = repos.openRepository(project);
        ObjectReader reader = repo.newObjectReader()) {
      for (MatrixRef ref : files) {
        Head head = MatrixFiles.head(repo, ref);
        Optional<ObjectId> blob = Optional.empty();
        if (head.commit().isPresent()) {
          ObjectId commit = head.commit().get();
          blob =
              blobs.get(
                  new PathAtCommit(commit, ref.path()),
                  () -> MatrixFiles.blob(reader, commit, ref.path()));
        }
        out.put(ref.file(), new Located(head, blob));
      }
    }
    return out.buildOrThrow();
  }

  private LoadedPolicy importAll(
      Project.NameKey project,
      LoadedPolicy base,
      Map<String, Located> located,
      CharSequence matrixRevision)
      throws IOException, ExecutionException {
    try (Repository repo = repos.openRepository(project);
        ObjectReader reader = repo.newObjectReader()) {
      return importAll(project, base, located, matrixRevision, reader);
    }
  }

  private LoadedPolicy importAll(
      Project.NameKey project,
      LoadedPolicy base,
      Map<String, Located> located,
      CharSequence matrixRevision,
      ObjectReader reader)
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
      metrics.errors.increment(HealthMetrics.Component.CONFIG);
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
