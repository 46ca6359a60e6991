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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.account.AccountCache;
import com.google.gerrit.server.account.AccountState;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPoster;
import com.googlesource.gerrit.plugins.communityhealth.bot.Claims;
import com.googlesource.gerrit.plugins.communityhealth.change.MentorDirectory;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerStandingLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorAs;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorChoice;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorPicker;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerDecision;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerRule;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeMessage;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeValues;
import java.util.Optional;

/**
 * Welcomes a newcomer on their first change in a project: exactly once per newcomer and project,
 * by a compare-and-swap claim on {@code refs/community-health/welcomed/..} in the project before
 * posting; the post itself re-checks that the change carries no welcome yet.
 */
@Singleton
public class Welcomer {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** What happened to one welcome, for logs, tests and the signals endpoint. */
  public record Outcome(Kind kind, String detail, Optional<String> message) {
    public enum Kind {
      POSTED,
      DRY_RUN,
      NOT_WANTED,
      ALREADY_WELCOMED
    }

    public Outcome {
      requireNonNull(kind, "kind");
      requireNonNull(detail, "detail");
      requireNonNull(message, "message");
    }

    static Outcome notWanted(String why) {
      return new Outcome(Kind.NOT_WANTED, why, Optional.empty());
    }
  }

  private final ServerSettings settings;
  private final PolicyLoader policyLoader;
  private final OwnerStandingLoader standings;
  private final MentorDirectory mentors;
  private final AccountCache accountCache;
  private final ChangeNotes.Factory notesFactory;
  private final Claims claims;
  private final BotPoster poster;
  private final HealthMetrics metrics;

  @Inject
  Welcomer(
      ServerSettings settings,
      PolicyLoader policyLoader,
      OwnerStandingLoader standings,
      MentorDirectory mentors,
      AccountCache accountCache,
      ChangeNotes.Factory notesFactory,
      Claims claims,
      BotPoster poster,
      HealthMetrics metrics) {
    this.settings = settings;
    this.policyLoader = policyLoader;
    this.standings = standings;
    this.mentors = mentors;
    this.accountCache = accountCache;
    this.notesFactory = notesFactory;
    this.claims = claims;
    this.poster = poster;
    this.metrics = metrics;
  }

  public Outcome welcome(Project.NameKey project, Change.Id changeId) throws Exception {
    if (!settings.enabled()) {
      return Outcome.notWanted("plugin disabled in gerrit.config");
    }
    ProjectPolicy policy = policyLoader.load(project).policy();
    boolean dryRun = policy.review().dryRun();
    if (!policy.newcomer().welcome() && !dryRun) {
      return Outcome.notWanted("[newcomer] welcome is off");
    }
    ChangeNotes notes = notesFactory.createChecked(project, changeId);
    Account.Id owner = notes.getChange().getOwner();
    NewcomerDecision decision =
        NewcomerRule.of(policy.newcomer()).decide(standings.standing(owner, policy.newcomer()));
    if (!decision.newcomer()) {
      return Outcome.notWanted(decision.reason());
    }
    String ref = Claims.welcomedRef(owner.get());
    if (claims.isClaimed(project, ref)) {
      return new Outcome(Outcome.Kind.ALREADY_WELCOMED, ref, Optional.empty());
    }

    MentorChoice choice =
        new MentorPicker(policy.review().awayPattern())
            .pick(
                mentors.resolve(policy.newcomer().mentors()),
                owner.get(),
                mentors.offset(owner),
                policy.newcomer().mentorAs() == MentorAs.MENTION ? MentorPicker.MAX_PICK : 1);
    String text = render(policy, project, owner, choice);
    if (dryRun) {
      metrics.welcomesSkippedDryRun.increment();
      logger.atInfo().log("dry run: would welcome %s on %s: %s", owner, changeId, text);
      return new Outcome(Outcome.Kind.DRY_RUN, choice.reason(), Optional.of(text));
    }
    if (!claims.claim(project, ref, Integer.toString(changeId.get()))) {
      return new Outcome(Outcome.Kind.ALREADY_WELCOMED, ref, Optional.empty());
    }
    ImmutableSet<Account.Id> joining =
        policy.newcomer().mentorAs() == MentorAs.MENTION
            ? ImmutableSet.of()
            : choice.chosen().stream()
                .map(p -> Account.id(p.mentor().accountId()))
                .collect(ImmutableSet.toImmutableSet());
    boolean posted =
        poster.post(
            new BotPost(
                project,
                changeId,
                text,
                BotPost.WELCOME_TAG,
                ImmutableSet.of(),
                "",
                joining,
                fresh -> hasNoWelcome(fresh)));
    if (posted) {
      metrics.welcomesPosted.increment();
    }
    return new Outcome(
        posted ? Outcome.Kind.POSTED : Outcome.Kind.ALREADY_WELCOMED,
        choice.reason(),
        Optional.of(text));
  }

  private static boolean hasNoWelcome(ChangeNotes notes) {
    return notes.getChangeMessages().stream()
        .noneMatch(m -> BotPost.WELCOME_TAG.equals(m.getTag()));
  }

  private String render(
      ProjectPolicy policy, Project.NameKey project, Account.Id owner, MentorChoice choice) {
    ImmutableList<String> names = choice.displayNames();
    Optional<String> reminder =
        policy.review().remind()
            ? Optional.of(EffectiveConfig.format(policy.review().newcomerIgnoredAfter()))
            : Optional.empty();
    WelcomeValues values =
        new WelcomeValues(
            displayName(owner), project.get(), names, policy.newcomer().guide(), reminder);
    try {
      return WelcomeMessage.render(policy.newcomer().message(), values);
    } catch (IllegalArgumentException e) {
      logger.atWarning().withCause(e).log(
          "invalid [newcomer] message in %s; using the default template", project);
      return WelcomeMessage.render(Optional.empty(), values);
    }
  }

  private String displayName(Account.Id id) {
    return accountCache
        .get(id)
        .map(AccountState::account)
        .map(a -> a.fullName() != null ? a.fullName() : a.preferredEmail())
        .orElse("");
  }
}
