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

import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.LabelId;
import com.google.gerrit.entities.PatchSetApproval;
import com.google.gerrit.server.cache.CacheModule;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Named;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeDigest;
import com.googlesource.gerrit.plugins.communityhealth.review.Actor;
import com.googlesource.gerrit.plugins.communityhealth.review.HumanActivity;
import com.googlesource.gerrit.plugins.communityhealth.review.Timeline;
import com.googlesource.gerrit.plugins.communityhealth.review.TimelineEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Reads what the dashboard's metrics need of a change ({@link ChangeDigest}): its human review by
 * the one definition of human activity ({@link HumanActivity#isReviewerResponse}), its patch set
 * uploads, its Code-Review votes and its owner's UTC offset.
 *
 * <p>The dashboard asks for every change of its window on each request; reading a change's
 * messages, approvals and commit is the expensive part, so the digest is cached by the change's
 * meta revision (a new message or vote misses by itself). Changes created before the window are
 * only needed for who merged what when, which the index answers: {@link #outline} reads nothing
 * else.
 */
@Singleton
public class ChangeDigestLoader {
  static final String CACHE_NAME = "change_digest";

  /** Enough for a project with 20,000 changes in the window, and another beside it. */
  static final long CACHE_WEIGHT = 50_000;

  public static Module cacheModule() {
    return new CacheModule() {
      @Override
      protected void configure() {
        cache(CACHE_NAME, ChangeRevisionKey.class, new TypeLiteral<ChangeDigest>() {})
            .maximumWeight(CACHE_WEIGHT);
      }
    };
  }

  private final ChangeFactsLoader factsLoader;
  private final HumanActivityLoader humanActivity;
  private final Cache<ChangeRevisionKey, ChangeDigest> cache;

  @Inject
  ChangeDigestLoader(
      ChangeFactsLoader factsLoader,
      HumanActivityLoader humanActivity,
      @Named(CACHE_NAME) Cache<ChangeRevisionKey, ChangeDigest> cache) {
    this.factsLoader = factsLoader;
    this.humanActivity = humanActivity;
    this.cache = cache;
  }

  /** The change's full digest, from the cache when its meta revision was read before. */
  public ChangeDigest digest(ChangeData cd) {
    ChangeRevisionKey key = ChangeRevisionKey.of(cd);
    try {
      return cache.get(key, () -> read(cd));
    } catch (ExecutionException e) {
      throw new IllegalStateException("metrics digest of change " + cd.getId(), e.getCause());
    }
  }

  /**
   * Only what the index knows: owner, creation, outcome; no review, no offset. For changes whose
   * review is outside every window asked about.
   */
  public static ChangeDigest outline(ChangeData cd) {
    Change c = cd.change();
    return new ChangeDigest(
        c.getOwner().get(),
        c.getCreatedOn(),
        Optional.empty(),
        outcome(c),
        closed(c),
        ImmutableList.of(c.getCreatedOn()),
        ImmutableList.of(),
        ImmutableMap.of());
  }

  private ChangeDigest read(ChangeData cd) {
    Change c = cd.change();
    Timeline timeline = factsLoader.timeline(cd);
    HumanActivity human = humanActivity.forTimeline(timeline);
    Actor owner = timeline.owner();
    PersonIdent author = cd.getAuthor();
    return new ChangeDigest(
        c.getOwner().get(),
        c.getCreatedOn(),
        author == null ? Optional.empty() : Optional.of(author.getZoneOffset()),
        outcome(c),
        c.isMerged() ? mergedOn(cd) : closed(c),
        patchSetUploads(timeline, c.getCreatedOn()),
        reviewActions(timeline, human),
        codeReview(cd, human, owner));
  }

  /** Every human comment or vote by someone other than the owner, oldest first. */
  static ImmutableList<ChangeDigest.ReviewAction> reviewActions(
      Timeline timeline, HumanActivity human) {
    return timeline.events().stream()
        .filter(e -> human.isReviewerResponse(e, timeline.owner()))
        .map(e -> new ChangeDigest.ReviewAction(e.actor().accountId(), e.when()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * When each patch set was uploaded, from the upload messages the timeline already holds (no
   * further read). The first patch set is the change's creation: Gerrit writes its message at the
   * same instant, and a change imported without upload messages still has that one.
   */
  static ImmutableList<Instant> patchSetUploads(Timeline timeline, Instant created) {
    ImmutableList.Builder<Instant> uploads = ImmutableList.<Instant>builder().add(created);
    timeline.events().stream()
        .filter(e -> e.kind().isPatchSet() && e.when().isAfter(created))
        .forEach(e -> uploads.add(e.when()));
    return uploads.build();
  }

  /** Each human reviewer's latest non-zero Code-Review vote, over all patch sets. */
  private static ImmutableMap<Integer, Integer> codeReview(
      ChangeData cd, HumanActivity human, Actor owner) {
    List<PatchSetApproval> votes =
        cd.approvals().values().stream()
            .filter(a -> a.label().equals(LabelId.CODE_REVIEW) && a.value() != 0 && !a.copied())
            .sorted(Comparator.comparing(PatchSetApproval::granted))
            .toList();
    Map<Integer, Integer> latest = new LinkedHashMap<>();
    for (PatchSetApproval a : votes) {
      TimelineEvent asEvent =
          new TimelineEvent(
              TimelineEvent.Kind.VOTE,
              Actor.account(a.accountId().get()),
              a.granted(),
              a.tag(),
              false);
      if (human.isReviewerResponse(asEvent, owner)) {
        latest.put(a.accountId().get(), (int) a.value());
      }
    }
    return ImmutableMap.copyOf(latest);
  }

  private static ChangeDigest.Outcome outcome(Change c) {
    return switch (c.getStatus()) {
      case MERGED -> ChangeDigest.Outcome.MERGED;
      case ABANDONED -> ChangeDigest.Outcome.ABANDONED;
      default -> ChangeDigest.Outcome.OPEN;
    };
  }

  /**
   * When the change was merged: a comment or vote after the merge updates the change again, and
   * CHAOSS stops a change request's clock at its merge. Gerrit records no merge time for changes
   * merged before it kept one; their last update stands in.
   */
  private static Optional<Instant> mergedOn(ChangeData cd) {
    return Optional.of(cd.getMergedOn().orElse(cd.change().getLastUpdatedOn()));
  }

  private static Optional<Instant> closed(Change c) {
    return c.isClosed() ? Optional.of(c.getLastUpdatedOn()) : Optional.empty();
  }
}
