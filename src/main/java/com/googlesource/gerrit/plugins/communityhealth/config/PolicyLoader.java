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
import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.project.NoSuchProjectException;
import com.google.gerrit.server.project.ProjectCache;
import com.google.gerrit.server.project.ProjectState;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Loads a project's effective policy. Parsed policies are cached by the {@code refs/meta/config}
 * revisions of the project and all its parents, so that any configuration change, in the project or
 * above it, misses the cache by itself.
 */
@Singleton
public class PolicyLoader {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String CACHE_NAME = "policy";

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

  @Inject
  PolicyLoader(
      ProjectCache projectCache,
      @Named(CACHE_NAME) Cache<Key, LoadedPolicy> cache,
      MatrixImporter matrixImporter) {
    this.projectCache = projectCache;
    this.cache = cache;
    this.matrixImporter = matrixImporter;
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

  private static LoadedPolicy parse(
      ProjectState project, ImmutableList<ProjectState> chain, String revision) {
    ImmutableList<InheritedConfig.Level> levels =
        chain.stream()
            .map(
                p ->
                    new InheritedConfig.Level(
                        p.getName(), p.getConfig(ProjectPolicy.FILE_NAME).get()))
            .collect(ImmutableList.toImmutableList());
    InheritedConfig inherited = InheritedConfig.merge(levels);
    ParsedPolicy parsed = PolicyParser.parse(inherited.config(), ReferenceChecker.ACCEPT_ALL);
    if (!parsed.isValid()) {
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
}
