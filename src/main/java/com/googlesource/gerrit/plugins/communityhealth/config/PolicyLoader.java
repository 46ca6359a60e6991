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

import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.git.GitRepositoryManager;
import com.google.gerrit.server.project.NoSuchProjectException;
import com.google.gerrit.server.project.ProjectCache;
import com.google.gerrit.server.project.ProjectState;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Loads a project's effective policy. Parsed policies are cached by the {@code refs/meta/config}
 * revisions of the project and all its parents, so that any configuration change, in the project or
 * above it, misses the cache by itself.
 */
@Singleton
public class PolicyLoader {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String CACHE_NAME = "policy";

  /** Larger stored files are not read; Gerrit's parsed copy stands in. */
  private static final int MAX_FILE_BYTES = 1 << 20;

  /** The revisions of {@code refs/meta/config} from All-Projects down to the project. */
  record Key(ImmutableList<String> projectsAndRevisions) {}

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(CACHE_NAME, Key.class, LoadedPolicy.class).maximumWeight(2048);
      }
    };
  }

  private final ProjectCache projectCache;
  private final Cache<Key, LoadedPolicy> cache;
  private final MatrixImporter matrixImporter;
  private final GitRepositoryManager repoManager;
  private final HealthMetrics metrics;

  @Inject
  PolicyLoader(
      ProjectCache projectCache,
      @Named(CACHE_NAME) Cache<Key, LoadedPolicy> cache,
      MatrixImporter matrixImporter,
      GitRepositoryManager repoManager,
      HealthMetrics metrics) {
    this.projectCache = projectCache;
    this.cache = cache;
    this.matrixImporter = matrixImporter;
    this.repoManager = repoManager;
    this.metrics = metrics;
  }

  public LoadedPolicy load(Project.NameKey project) throws NoSuchProjectException {
    ProjectState state =
        projectCache.get(project).orElseThrow(() -> new NoSuchProjectException(project));
    return load(state);
  }

  public LoadedPolicy load(ProjectState project) {
    ImmutableList<ProjectState> chain = ImmutableList.copyOf(project.treeInOrder());
    ImmutableList.Builder<String> key = ImmutableList.builder();
    for (ProjectState level : chain) {
      key.add(level.getName())
          .add(level.getConfig().getRevision().map(ObjectId::name).orElse("none"));
    }
    Key k = new Key(key.build());
    LoadedPolicy parsed;
    try {
      parsed =
          cache.get(k, () -> parse(project, chain, String.join(",", k.projectsAndRevisions())));
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot load " + ProjectPolicy.FILE_NAME, e.getCause());
    }
    // Matrix files live on the project's branches, not in refs/meta/config: resolved on each load
    // (cheaply, see MatrixImporter) so that an edit of a file is seen at once.
    return matrixImporter.apply(project.getNameKey(), parsed);
  }

  /**
   * The policy {@code projectFile} would give {@code project} if it were the project's own file,
   * under the configuration its parents have in force. Nothing is cached: a preview must never be
   * served as the policy in force, and it must not push policies in force out of the cache.
   *
   * @param candidateRevision what tells this text from others (e.g. its hash); it names the policy
   *     as a preview in {@link LoadedPolicy#revision}
   */
  LoadedPolicy candidate(ProjectState project, Config projectFile, String candidateRevision) {
    // The parents are read as for the policy in force, so that their queries keep their quotes;
    // a parent's unparsable file counts as empty here too (the policy in force reports it).
    ImmutableList<ProjectState> chain = ImmutableList.copyOf(project.treeInOrder());
    ImmutableList<InheritedConfig.Level> levels =
        levels(chain.subList(0, chain.size() - 1), problem -> {});
    InheritedConfig inherited =
        InheritedConfig.merge(
            ImmutableList.<InheritedConfig.Level>builder()
                .addAll(levels)
                .add(new InheritedConfig.Level(project.getName(), projectFile))
                .build());
    ParsedPolicy parsed = PolicyParser.parse(inherited.config(), ReferenceChecker.ACCEPT_ALL);
    LoadedPolicy base = LoadedPolicy.compile(parsed, inherited, "preview:" + candidateRevision);
    return matrixImporter.apply(project.getNameKey(), base, false);
  }

  private LoadedPolicy parse(
      ProjectState project, ImmutableList<ProjectState> chain, String revision) {
    ImmutableList.Builder<ConfigProblem> unparsableBuilder = ImmutableList.builder();
    ImmutableList<InheritedConfig.Level> levels = levels(chain, unparsableBuilder::add);
    InheritedConfig inherited = InheritedConfig.merge(levels);
    ParsedPolicy parsed = PolicyParser.parse(inherited.config(), ReferenceChecker.ACCEPT_ALL);
    ImmutableList<ConfigProblem> unparsable = unparsableBuilder.build();
    if (!unparsable.isEmpty()) {
      parsed =
          new ParsedPolicy(
              parsed.policy(),
              ImmutableList.<ConfigProblem>builder()
                  .addAll(unparsable)
                  .addAll(parsed.problems())
                  .build());
    }
    if (!parsed.isValid()) {
      metrics.errors.increment(HealthMetrics.Component.CONFIG);
      logger.atWarning().log(
          "%s of project %s has problems; invalid values fall back to defaults: %s",
          ProjectPolicy.FILE_NAME,
          project.getName(),
          parsed.problems().stream()
              .map(p -> p.describe(ProjectPolicy.FILE_NAME))
              .collect(ImmutableList.toImmutableList()));
    }
    return LoadedPolicy.compile(parsed, inherited, revision);
  }

  /**
   * Each level's own file, read by {@link #read}: the one way policies in force and previews read.
   */
  private ImmutableList<InheritedConfig.Level> levels(
      ImmutableList<ProjectState> chain, Consumer<ConfigProblem> problems) {
    ImmutableList.Builder<InheritedConfig.Level> levels = ImmutableList.builder();
    for (ProjectState p : chain) {
      levels.add(new InheritedConfig.Level(p.getName(), read(p, problems)));
    }
    return levels.build();
  }

  /**
   * The level's own file, read from its stored text with {@link PolicyText} (Gerrit's parsed copy
   * has lost the quotes of query-valued keys). A file that does not parse counts as empty, as
   * Gerrit would have it, and says so through {@code problems}. This runs once per revision for the
   * policies in force (they are cached) and once per preview for a preview's parents.
   */
  private Config read(ProjectState level, Consumer<ConfigProblem> problems) {
    Config gerrits = level.getConfig(ProjectPolicy.FILE_NAME).get();
    Optional<ObjectId> rev = level.getConfig().getRevision();
    if (rev.isEmpty()) {
      return gerrits;
    }
    try (Repository repo = repoManager.openRepository(level.getNameKey());
        RevWalk rw = new RevWalk(repo);
        TreeWalk tw =
            TreeWalk.forPath(
                rw.getObjectReader(),
                ProjectPolicy.FILE_NAME,
                rw.parseCommit(rev.get()).getTree())) {
      if (tw == null) {
        return gerrits;
      }
      String text =
          new String(
              rw.getObjectReader()
                  .open(tw.getObjectId(0), Constants.OBJ_BLOB)
                  .getCachedBytes(MAX_FILE_BYTES),
              UTF_8);
      return PolicyText.parse(text);
    } catch (ConfigInvalidException e) {
      problems.accept(
          ConfigProblem.wholeFile(
              "the file in refs/meta/config of "
                  + level.getName()
                  + " cannot be parsed ("
                  + e.getMessage()
                  + "); it is ignored and the inherited or default values apply"));
      return new Config();
    } catch (IOException | RuntimeException e) {
      logger.atWarning().withCause(e).log(
          "cannot read %s of project %s; using Gerrit's parsed copy",
          ProjectPolicy.FILE_NAME, level.getName());
      return gerrits;
    }
  }
}
