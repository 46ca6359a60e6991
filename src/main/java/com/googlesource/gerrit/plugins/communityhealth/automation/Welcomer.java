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
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotIdentity;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPoster;
import com.googlesource.gerrit.plugins.communityhealth.bot.Claims;
import com.googlesource.gerrit.plugins.communityhealth.change.MentorDirectory;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerStandingLoader;
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
import com.googlesource.gerrit.plugins.communityhealth.people.PeopleDirectory;
import java.util.Optional;

/**
 * Welcomes a newcomer on their first change in a project: exactly once per newcomer and project, by
 * a compare-and-swap claim on {@code refs/community-health/welcomed/..} in the project before
 * posting; the post itself re-checks that the change carries no welcome yet.
 */
@Singleton
public class Welcomer {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** What happened to one welcome, for logs, tests and the signals endpoint. */
  public record Outcome(Kind kind, String detail, Optional<String> message) {
    public enum Kind {
      POSTED,
      /** {@link #preview} only: a welcome would be posted now. */
      WOULD_POST,
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

  /** The detail of an outcome whose welcome is on the change asked about. */
  public static final String THIS_CHANGE = "this change";

  private final ServerSettings settings;
  private final PolicyLoader policyLoader;
  private final OwnerStandingLoader standings;
  private final MentorDirectory mentors;
  private final PeopleDirectory people;
  private final ChangeNotes.Factory notesFactory;
  private final Claims claims;
  private final BotPoster poster;
  private final BotIdentity botIdentity;
  private final HealthMetrics metrics;

  @Inject
  Welcomer(
      ServerSettings settings,
      PolicyLoader policyLoader,
      OwnerStandingLoader standings,
      MentorDirectory mentors,
      PeopleDirectory people,
      ChangeNotes.Factory notesFactory,
      Claims claims,
      BotPoster poster,
      BotIdentity botIdentity,
      HealthMetrics metrics) {
    this.settings = settings;
    this.policyLoader = policyLoader;
    this.standings = standings;
    this.mentors = mentors;
    this.people = people;
    this.notesFactory = notesFactory;
    this.claims = claims;
    this.poster = poster;
    this.botIdentity = botIdentity;
    this.metrics = metrics;
  }

  /**
   * What {@link #welcome} would do now, without claiming or posting anything: for dry runs and the
   * signals endpoint.
   */
  public Outcome preview(Project.NameKey project, Change.Id changeId) throws Exception {
    return plan(project, changeId).outcome();
  }

  /** Welcomes the owner of the change if they are a newcomer not yet welcomed in the project. */
  public Outcome welcome(Project.NameKey project, Change.Id changeId) throws Exception {
    Plan plan = plan(project, changeId);
    Outcome outcome = plan.outcome();
    if (outcome.kind() != Outcome.Kind.WOULD_POST) {
      return outcome;
    }
    if (plan.policy().review().dryRun()) {
      metrics.welcomesSkippedDryRun.increment();
      logger.atInfo().log(
          "dry run: would welcome the owner of %s: %s", changeId, outcome.message().get());
      return new Outcome(Outcome.Kind.DRY_RUN, outcome.detail(), outcome.message());
    }
    // An unusable bot (inactive, deleted) must fail before the claim: a claim without a post would
    // keep the newcomer from ever being welcomed, even after the bot is back.
    botIdentity.user();
    if (!claims.claim(project, plan.ref(), "")) {
      return new Outcome(Outcome.Kind.ALREADY_WELCOMED, plan.ref(), Optional.empty());
    }
    boolean posted =
        poster.post(
            new BotPost(
                project,
                changeId,
                outcome.message().get(),
                BotPost.WELCOME_TAG,
                ImmutableSet.of(),
                "",
                plan.joining(),
                fresh -> hasNoWelcome(fresh)));
    if (posted) {
      metrics.welcomesPosted.increment();
    }
    return new Outcome(
        posted ? Outcome.Kind.POSTED : Outcome.Kind.ALREADY_WELCOMED,
        outcome.detail(),
        outcome.message());
  }

  /** A decision on one change, and what posting it needs. */
  private record Plan(
      Outcome outcome, ProjectPolicy policy, String ref, ImmutableSet<Account.Id> joining) {
    static Plan stop(Outcome outcome, ProjectPolicy policy) {
      return new Plan(outcome, policy, "", ImmutableSet.of());
    }
  }

  private Plan plan(Project.NameKey project, Change.Id changeId) throws Exception {
    ProjectPolicy policy = policyLoader.load(project).policy();
    if (!settings.enabled()) {
      return Plan.stop(Outcome.notWanted("plugin disabled in gerrit.config"), policy);
    }
    if (!policy.newcomer().welcome() && !policy.review().dryRun()) {
      return Plan.stop(Outcome.notWanted("[newcomer] welcome is off"), policy);
    }
    ChangeNotes notes = notesFactory.createChecked(project, changeId);
    if (!hasNoWelcome(notes)) {
      return Plan.stop(
          new Outcome(Outcome.Kind.ALREADY_WELCOMED, THIS_CHANGE, Optional.empty()), policy);
    }
    Account.Id owner = notes.getChange().getOwner();
    NewcomerDecision decision =
        NewcomerRule.of(policy.newcomer())
            .decide(standings.standing(owner, notes.getChange().getDest(), policy.newcomer()));
    if (!decision.newcomer()) {
      return Plan.stop(Outcome.notWanted(decision.reason()), policy);
    }
    String ref = Claims.welcomedRef(owner.get());
    if (claims.isClaimed(project, ref)) {
      return Plan.stop(new Outcome(Outcome.Kind.ALREADY_WELCOMED, ref, Optional.empty()), policy);
    }
    MentorChoice choice =
        new MentorPicker(policy.review().awayPattern())
            .pick(
                mentors.resolve(notes.getChange().getDest(), policy.newcomer().mentors()),
                owner.get(),
                mentors.offset(owner, notes.getChange().getDest()),
                policy.newcomer().mentorAs() == MentorAs.MENTION ? MentorPicker.MAX_PICK : 1);
    ImmutableSet<Account.Id> joining =
        policy.newcomer().mentorAs() == MentorAs.MENTION
            ? ImmutableSet.of()
            : choice.chosen().stream()
                .map(p -> Account.id(p.mentor().accountId()))
                .collect(ImmutableSet.toImmutableSet());
    String text = render(policy, project, owner, choice);
    return new Plan(
        new Outcome(Outcome.Kind.WOULD_POST, choice.reason(), Optional.of(text)),
        policy,
        ref,
        joining);
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
            ? Optional.of(
                WelcomeValues.ignoredAfterText(
                    policy.review().newcomerIgnoredAfter(), policy.review().workingDays()))
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
    return people.displayName(id);
  }
}
