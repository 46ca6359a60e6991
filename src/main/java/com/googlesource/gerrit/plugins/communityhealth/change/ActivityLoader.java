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

package com.googlesource.gerrit.plugins.communityhealth.change;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.ChangeMessage;
import com.google.gerrit.entities.PatchSetApproval;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.index.query.QueryParseException;
import com.google.gerrit.server.ChangeMessagesUtil;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.permissions.ChangePermission;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.query.change.AfterPredicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeQueryBuilder;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.people.PeopleDirectory;
import com.googlesource.gerrit.plugins.communityhealth.review.Actor;
import com.googlesource.gerrit.plugins.communityhealth.review.HumanActivity;
import com.googlesource.gerrit.plugins.communityhealth.review.TimelineEvent;
import com.googlesource.gerrit.plugins.communityhealth.tier.ChangeActivity;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureActivity;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.MaintainerAction;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.IntPredicate;

/**
 * Loads the activity on a project's changes for the support matrix: which features each change
 * touches, when it was created and merged, its first human review, what its reviewers and submitter
 * did, and the votes of CI (service) accounts.
 *
 * <p>One index query finds the changes: those updated since {@code since} and those open now, at
 * most {@link #MAX_CHANGES} (the most recently updated win; the result says when some were left
 * out). Only changes the viewer can read count, checked on the index data before anything else is
 * read. What happened on one change does not depend on who asks, so it is cached by the change's
 * meta revision and the policy revision (a new message or vote, or a new configuration, misses by
 * itself); reading it costs one NoteDb parse of the change, and its file list from Gerrit's diff
 * cache. The viewer's visibility is checked on every call and never cached.
 */
@Singleton
public class ActivityLoader {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /**
   * At most this many changes are read for one support matrix: a bound on what a cold cache costs
   * (about 1.3 ms per change, see performance.md) and on the memory one request holds.
   */
  public static final int MAX_CHANGES = 5_000;

  static final String CACHE_NAME = "change_activity";

  private static final DateTimeFormatter INDEX_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** Something a person did on a change: the latest of its kind per account. */
  record Act(int account, Instant at, MaintainerAction.Kind kind) {}

  /** What happened on one change, whoever asks. */
  record ChangeRecord(
      int number,
      ChangeActivity.Status status,
      Instant created,
      Optional<Instant> merged,
      Optional<Instant> firstHumanReview,
      ImmutableList<Act> acts,
      ImmutableMap<Integer, Instant> ciVotes,
      ImmutableSet<String> features) {}

  /**
   * The activity of every feature.
   *
   * @param features one entry per feature of the policy, in declaration order
   * @param changes how many visible changes were read
   * @param truncated whether more than {@link #MAX_CHANGES} changes matched, so that the least
   *     recently updated were left out
   */
  public record Loaded(ImmutableList<FeatureActivity> features, int changes, boolean truncated) {
    public Loaded {
      requireNonNull(features, "features");
    }
  }

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(CACHE_NAME, ChangeRevisionKey.class, ChangeRecord.class)
            .maximumWeight(4 * MAX_CHANGES);
      }
    };
  }

  private final Provider<InternalChangeQuery> queryProvider;
  private final HumanActivityLoader humanActivity;
  private final PeopleDirectory maintainers;
  private final Cache<ChangeRevisionKey, ChangeRecord> cache;

  @Inject
  ActivityLoader(
      Provider<InternalChangeQuery> queryProvider,
      HumanActivityLoader humanActivity,
      PeopleDirectory maintainers,
      @Named(CACHE_NAME) Cache<ChangeRevisionKey, ChangeRecord> cache) {
    this.queryProvider = queryProvider;
    this.humanActivity = humanActivity;
    this.maintainers = maintainers;
    this.cache = cache;
  }

  /**
   * The activity on the changes of {@code project} that {@code viewer} can read, per feature of
   * {@code policy}: the changes updated since {@code since}, and every open one.
   */
  public Loaded load(
      Project.NameKey project,
      LoadedPolicy policy,
      Instant since,
      PermissionBackend.WithUser viewer) {
    ImmutableList<FeatureDefinition> features = policy.policy().features();
    if (features.isEmpty()) {
      return new Loaded(ImmutableList.of(), 0, false);
    }
    Candidates candidates = query(project, since);
    // One project control for all changes: permissions are evaluated once per ref, not per change.
    PermissionBackend.ForProject forProject = viewer.project(project);
    List<ChangeRecord> records = new ArrayList<>();
    List<ChangeData> changes = candidates.changes();
    for (int i = 0; i < changes.size(); i++) {
      ChangeData cd = changes.get(i);
      // Dropped from the list once read, so that at most one change's notes are held at a time.
      changes.set(i, null);
      if (canRead(forProject, cd)) {
        records.add(record(cd, policy));
      }
    }

    ImmutableList.Builder<FeatureActivity> out = ImmutableList.builder();
    for (FeatureDefinition f : features) {
      IntPredicate isMaintainer = maintainers.anyOf(f.maintainers());
      ImmutableList.Builder<ChangeActivity> touching = ImmutableList.builder();
      for (ChangeRecord r : records) {
        if (r.features().contains(f.name())) {
          touching.add(activity(r, isMaintainer));
        }
      }
      out.add(new FeatureActivity(f, touching.build()));
    }
    return new Loaded(out.build(), records.size(), candidates.truncated());
  }

  /** The changes to read, most recently updated first. */
  private record Candidates(List<ChangeData> changes, boolean truncated) {}

  private Candidates query(Project.NameKey project, Instant since) {
    Predicate<ChangeData> inProject = ChangePredicates.project(project);
    Predicate<ChangeData> updated;
    try {
      updated =
          new AfterPredicate(
              ChangeField.UPDATED_SPEC,
              ChangeQueryBuilder.OPERATOR_AFTER,
              INDEX_TIME.format(since));
    } catch (QueryParseException e) {
      throw new IllegalStateException("cannot query changes updated since " + since, e);
    }
    // One query: the index sorts by last update, newest first, so a cut keeps the most recent.
    List<ChangeData> result =
        queryProvider
            .get()
            .setLimit(MAX_CHANGES + 1)
            .query(
                Predicate.and(
                    inProject,
                    Predicate.or(updated, ChangeStatusPredicate.forStatus(Change.Status.NEW))));
    boolean truncated = result.size() > MAX_CHANGES;
    Map<Integer, ChangeData> byNumber = new LinkedHashMap<>();
    for (ChangeData cd : result) {
      byNumber.putIfAbsent(cd.getId().get(), cd);
    }
    List<ChangeData> changes = new ArrayList<>(byNumber.values());
    changes.sort(
        Comparator.comparing((ChangeData cd) -> cd.change().getLastUpdatedOn()).reversed());
    if (changes.size() > MAX_CHANGES) {
      truncated = true;
      changes = new ArrayList<>(changes.subList(0, MAX_CHANGES));
    }
    if (truncated) {
      logger.atInfo().log(
          "support matrix of %s: more than %d changes since %s; the least recently updated are"
              + " left out",
          project, MAX_CHANGES, since);
    }
    return new Candidates(changes, truncated);
  }

  private static boolean canRead(PermissionBackend.ForProject viewer, ChangeData cd) {
    try {
      return viewer.change(cd).test(ChangePermission.READ);
    } catch (PermissionBackendException e) {
      logger.atWarning().withCause(e).log("cannot check visibility of change %s", cd.getId());
      return false;
    }
  }

  private ChangeRecord record(ChangeData cd, LoadedPolicy policy) {
    ChangeRevisionKey key = ChangeRevisionKey.of(cd, policy);
    try {
      return cache.get(key, () -> compute(cd, policy));
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the activity of change " + cd.getId(), e);
    }
  }

  private ChangeRecord compute(ChangeData cd, LoadedPolicy policy) {
    Change change = cd.change();
    Actor owner = Actor.account(change.getOwner().get());
    List<ChangeMessage> messages = cd.messages();
    Collection<PatchSetApproval> approvals = cd.approvals().values();
    // The one definition of bots and CI accounts, over everyone who wrote or voted.
    Set<Integer> accounts = new HashSet<>();
    accounts.add(owner.accountId());
    messages.stream()
        .map(ChangeMessage::getAuthor)
        .filter(Objects::nonNull)
        .forEach(a -> accounts.add(a.get()));
    approvals.forEach(a -> accounts.add(a.accountId().get()));
    HumanActivity human = humanActivity.forAccounts(accounts);

    Optional<Instant> firstReview = Optional.empty();
    Map<String, Act> latest = new LinkedHashMap<>();
    for (ChangeMessage m : messages) {
      Account.Id author = m.getAuthor();
      if (author == null) {
        continue;
      }
      // Gerrit writes the merge message as the submitter.
      if (ChangeMessagesUtil.TAG_MERGED.equals(m.getTag())) {
        keepLatest(latest, new Act(author.get(), m.getWrittenOn(), MaintainerAction.Kind.MERGE));
        continue;
      }
      TimelineEvent e = ChangeFactsLoader.event(Actor.account(author.get()), m);
      if (human.isReviewerResponse(e, owner)) {
        // Messages come oldest first.
        if (firstReview.isEmpty()) {
          firstReview = Optional.of(e.when());
        }
        keepLatest(latest, new Act(author.get(), e.when(), MaintainerAction.Kind.REVIEW));
      }
    }

    Map<Integer, Instant> ciVotes = new HashMap<>();
    for (PatchSetApproval a : approvals) {
      int voter = a.accountId().get();
      if (a.value() != 0 && !a.isLegacySubmit() && human.isCi(Actor.account(voter))) {
        ciVotes.merge(voter, a.granted(), (x, y) -> x.isAfter(y) ? x : y);
      }
    }

    List<String> paths = cd.currentFilePaths();
    ImmutableSet<String> features =
        policy
            .classifier()
            .classify(
                paths.size() > ChangeFactsLoader.MAX_PATHS
                    ? paths.subList(0, ChangeFactsLoader.MAX_PATHS)
                    : paths)
            .features()
            .stream()
            .map(FeatureDefinition::name)
            .collect(ImmutableSet.toImmutableSet());

    ChangeActivity.Status status =
        switch (change.getStatus()) {
          case NEW -> ChangeActivity.Status.OPEN;
          case MERGED -> ChangeActivity.Status.MERGED;
          case ABANDONED -> ChangeActivity.Status.ABANDONED;
        };
    Optional<Instant> merged =
        status == ChangeActivity.Status.MERGED
            ? Optional.of(cd.getMergedOn().orElse(change.getLastUpdatedOn()))
            : Optional.empty();
    return new ChangeRecord(
        change.getChangeId(),
        status,
        change.getCreatedOn(),
        merged,
        firstReview,
        ImmutableList.copyOf(latest.values()),
        ImmutableMap.copyOf(ciVotes),
        features);
  }

  private static void keepLatest(Map<String, Act> latest, Act act) {
    latest.merge(act.account() + "/" + act.kind(), act, (x, y) -> y.at().isAfter(x.at()) ? y : x);
  }

  private static ChangeActivity activity(ChangeRecord r, IntPredicate isMaintainer) {
    ImmutableList<MaintainerAction> actions =
        r.acts().stream()
            .filter(a -> isMaintainer.test(a.account()))
            .map(a -> new MaintainerAction(Integer.toString(a.account()), a.at(), a.kind()))
            .collect(ImmutableList.toImmutableList());
    ImmutableMap.Builder<String, Instant> votes = ImmutableMap.builder();
    r.ciVotes().forEach((account, at) -> votes.put(Integer.toString(account), at));
    return new ChangeActivity(
        r.number(),
        r.status(),
        r.created(),
        r.merged(),
        r.firstHumanReview(),
        actions,
        votes.buildOrThrow());
  }
}
