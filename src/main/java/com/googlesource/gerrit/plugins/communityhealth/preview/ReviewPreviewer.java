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

package com.googlesource.gerrit.plugins.communityhealth.preview;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.PatchSet;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.server.git.GitRepositoryManager;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigVisibility;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotIdentity;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPoster;
import com.googlesource.gerrit.plugins.communityhealth.bot.Claims;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Posts the preview of a {@code community-health.config} on a change for review on {@code
 * refs/meta/config}: one message per patch set that changes the file (against its parent), tagged
 * {@link #TAG}, with what the text would change or the problems a submit would reject it for.
 *
 * <p>Exactly once per patch set, as the welcome: a compare-and-swap claim on {@code
 * refs/community-health/preview/NN/CHANGE/PATCHSET} in the project before posting, and the post
 * re-checks on the fresh notes that the patch set has no preview yet and is still current and open
 * (a newer patch set gets its own preview; an old one posted on it would mislead).
 *
 * <p>The message is read by everyone who can see the change, so it lists only changes its owner can
 * see and never a private change.
 */
@Singleton
public class ReviewPreviewer {
  public static final String TAG = BotPost.TAG_PREFIX + "preview";

  /** What happened to one patch set, for logs and tests. */
  public enum Outcome {
    POSTED,
    NOT_A_CONFIG_CHANGE,
    FILE_NOT_CHANGED,
    SUPERSEDED,
    /** Submitted or abandoned before its turn came: its preview would tell nobody anything. */
    CLOSED,
    ALREADY_POSTED,
    DISABLED
  }

  private final ServerSettings settings;
  private final ChangeNotes.Factory notesFactory;
  private final GitRepositoryManager repos;
  private final ConfigPreviewer previewer;
  private final PermissionBackend permissionBackend;
  private final OneOffRequestContext requestContext;
  private final Claims claims;
  private final BotPoster poster;
  private final BotIdentity botIdentity;

  @Inject
  ReviewPreviewer(
      ServerSettings settings,
      ChangeNotes.Factory notesFactory,
      GitRepositoryManager repos,
      ConfigPreviewer previewer,
      PermissionBackend permissionBackend,
      OneOffRequestContext requestContext,
      Claims claims,
      BotPoster poster,
      BotIdentity botIdentity) {
    this.settings = settings;
    this.notesFactory = notesFactory;
    this.repos = repos;
    this.previewer = previewer;
    this.permissionBackend = permissionBackend;
    this.requestContext = requestContext;
    this.claims = claims;
    this.poster = poster;
    this.botIdentity = botIdentity;
  }

  /** The claim of one patch set's preview, sharded like Gerrit's change refs. */
  public static String claimRef(PatchSet.Id ps) {
    int change = ps.changeId().get();
    return String.format(
        "%spreview/%02d/%d/%d", Claims.REFS_PREFIX, change % 100, change, ps.get());
  }

  /** Previews patch set {@code psNumber} of the change, at most once. */
  public Outcome preview(Project.NameKey project, Change.Id changeId, int psNumber)
      throws Exception {
    if (!settings.enabled()) {
      return Outcome.DISABLED;
    }
    PatchSet.Id psId = PatchSet.id(changeId, psNumber);
    ChangeNotes notes = notesFactory.createChecked(project, changeId);
    if (!RefNames.REFS_CONFIG.equals(notes.getChange().getDest().branch())) {
      return Outcome.NOT_A_CONFIG_CHANGE;
    }
    if (!notes.getChange().isNew()) {
      return Outcome.CLOSED;
    }
    if (!psId.equals(notes.getChange().currentPatchSetId())) {
      return Outcome.SUPERSEDED;
    }
    PatchSet ps = notes.getPatchSets().get(psId);
    if (ps == null) {
      return Outcome.SUPERSEDED;
    }
    Optional<FileText> text = changedFile(project, ps.commitId());
    if (text.isEmpty()) {
      return Outcome.FILE_NOT_CHANGED;
    }
    String ref = claimRef(psId);
    if (hasPreview(notes, psId) || claims.isClaimed(project, ref)) {
      return Outcome.ALREADY_POSTED;
    }
    String message;
    try (ManualRequestContext ctx = requestContext.open()) {
      ConfigPreviewer.Outcome outcome =
          text.get().tooLarge()
              ? new ConfigPreviewer.Outcome(
                  ImmutableList.of(
                      ProjectPolicy.FILE_NAME + ": is larger than " + MAX_FILE_BYTES + " bytes"),
                  Optional.empty())
              : previewer.preview(
                  project,
                  text.get().text(),
                  // Only readers of refs/meta/config can see a change for it: they may see
                  // everything of the configuration.
                  new ConfigPreviewer.Viewer(
                      permissionBackend.absentUser(notes.getChange().getOwner()),
                      true,
                      ConfigVisibility.FULL));
      message = message(psNumber, outcome);
    }
    // An unusable bot must fail before the claim: a claim without a post would keep the patch set
    // from ever getting its preview.
    botIdentity.user();
    if (!claims.claim(project, ref, "")) {
      return Outcome.ALREADY_POSTED;
    }
    boolean posted =
        poster.post(
            new BotPost(
                project,
                changeId,
                message,
                TAG,
                ImmutableSet.of(),
                "",
                ImmutableSet.of(),
                fresh ->
                    fresh.getChange().isNew()
                        && psId.equals(fresh.getChange().currentPatchSetId())
                        && !hasPreview(fresh, psId)));
    return posted ? Outcome.POSTED : Outcome.ALREADY_POSTED;
  }

  static String message(int psNumber, ConfigPreviewer.Outcome outcome) {
    String head =
        "Preview of "
            + ProjectPolicy.FILE_NAME
            + " in patch set "
            + psNumber
            + " against the configuration in force (community-health).\n\n";
    return outcome.result().isPresent()
        ? head + PreviewSummary.text(outcome.result().get())
        : head + PreviewSummary.problems(outcome.errors());
  }

  private static boolean hasPreview(ChangeNotes notes, PatchSet.Id psId) {
    return notes.getChangeMessages().stream()
        .anyMatch(m -> TAG.equals(m.getTag()) && psId.equals(m.getPatchSetId()));
  }

  /**
   * The file's text in {@code commit} when the commit changes it against its first parent (an empty
   * text when it deletes it); empty when the commit leaves it alone.
   */
  private Optional<FileText> changedFile(Project.NameKey project, ObjectId commitId)
      throws IOException {
    try (Repository repo = repos.openRepository(project);
        RevWalk rw = new RevWalk(repo)) {
      ObjectReader reader = rw.getObjectReader();
      RevCommit commit = rw.parseCommit(commitId);
      Optional<ObjectId> now = blob(reader, commit);
      Optional<ObjectId> before =
          commit.getParentCount() > 0
              ? blob(reader, rw.parseCommit(commit.getParent(0)))
              : Optional.empty();
      if (now.equals(before)) {
        return Optional.empty();
      }
      if (now.isEmpty()) {
        return Optional.of(new FileText("", false));
      }
      try {
        return Optional.of(
            new FileText(
                new String(reader.open(now.get()).getCachedBytes(MAX_FILE_BYTES), UTF_8), false));
      } catch (LargeObjectException e) {
        return Optional.of(new FileText("", true));
      }
    }
  }

  /** The file's text in a patch set, unless it is too large to read. */
  private record FileText(String text, boolean tooLarge) {}

  /** The push validator's limit: a larger file is rejected, not read. */
  private static final int MAX_FILE_BYTES = 1 << 20;

  private static Optional<ObjectId> blob(ObjectReader reader, RevCommit commit) throws IOException {
    requireNonNull(commit, "commit");
    try (TreeWalk tw = TreeWalk.forPath(reader, ProjectPolicy.FILE_NAME, commit.getTree())) {
      return tw == null ? Optional.empty() : Optional.of(tw.getObjectId(0));
    }
  }
}
