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

package com.googlesource.gerrit.plugins.communityhealth.bot;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.git.GitRepositoryManager;
import com.google.gerrit.server.update.context.RefUpdateContext;
import com.google.gerrit.server.update.context.RefUpdateContext.RefUpdateType;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Exactly-once decisions by compare-and-swap on the plugin's own refs ({@code
 * refs/community-health/...}): a claim creates its ref with expected old id zero, so among racing
 * threads, restarts and primaries sharing storage only one creation succeeds. The repository
 * manager is Gerrit's, so under multi-site the global ref-db takes part in the swap.
 *
 * <p>Anyone who can read {@code refs/*} can read these refs: callers store nothing in them that the
 * project's changes do not already show (the welcome claim is an empty blob).
 */
@Singleton
public class Claims {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  public static final String REFS_PREFIX = "refs/community-health/";

  private final GitRepositoryManager repoManager;

  @Inject
  Claims(GitRepositoryManager repoManager) {
    this.repoManager = repoManager;
  }

  /** The ref that marks an account as welcomed in a project, sharded like Gerrit's user refs. */
  public static String welcomedRef(int accountId) {
    return String.format("%swelcomed/%02d/%d", REFS_PREFIX, accountId % 100, accountId);
  }

  /**
   * Creates {@code ref} in {@code project}, pointing at a blob with {@code content}.
   *
   * @return true if this call created it (the caller won and must act), false if it existed or
   *     another writer won the race
   * @throws IOException when the repository cannot be written; the caller must not act
   */
  public boolean claim(Project.NameKey project, String ref, String content) throws IOException {
    try (RefUpdateContext ctx = RefUpdateContext.open(RefUpdateType.PLUGIN);
        Repository repo = repoManager.openRepository(project);
        ObjectInserter ins = repo.newObjectInserter()) {
      ObjectId blob = ins.insert(Constants.OBJ_BLOB, content.getBytes(UTF_8));
      ins.flush();
      RefUpdate ru = repo.updateRef(ref);
      ru.setExpectedOldObjectId(ObjectId.zeroId());
      ru.setNewObjectId(blob);
      ru.disableRefLog();
      RefUpdate.Result result = ru.update();
      switch (result) {
        case NEW:
          return true;
        case LOCK_FAILURE:
        case NO_CHANGE:
        case REJECTED:
          logger.atFine().log("claim %s in %s already taken (%s)", ref, project, result);
          return false;
        default:
          throw new IOException("cannot create " + ref + " in " + project + ": " + result);
      }
    }
  }

  /** Whether {@code ref} exists in {@code project}. */
  public boolean isClaimed(Project.NameKey project, String ref) throws IOException {
    try (Repository repo = repoManager.openRepository(project)) {
      return repo.exactRef(ref) != null;
    }
  }
}
