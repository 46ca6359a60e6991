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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorAs;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerPolicy;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeMessage;
import com.googlesource.gerrit.plugins.communityhealth.people.PersonEntry;
import com.googlesource.gerrit.plugins.communityhealth.text.MessageText;
import java.util.Optional;

/** Parses {@code [newcomer]}. */
final class NewcomerSection {
  static final String SECTION = "newcomer";
  static final String KEY_MAX_MERGED_CHANGES = "maxMergedChanges";
  static final String KEY_WELCOME = "welcome";
  static final String KEY_MESSAGE = "message";
  static final String KEY_GUIDE = "guide";
  static final String KEY_MENTOR = "mentor";
  static final String KEY_MENTOR_AS = "mentorAs";
  static final String KEY_EXEMPT_GROUP = "exemptGroup";
  static final ImmutableList<String> KEYS =
      ImmutableList.of(
          KEY_MAX_MERGED_CHANGES,
          KEY_WELCOME,
          KEY_MESSAGE,
          KEY_GUIDE,
          KEY_MENTOR,
          KEY_MENTOR_AS,
          KEY_EXEMPT_GROUP);

  static NewcomerPolicy parse(SectionReader r, ReferenceChecker refs) {
    NewcomerPolicy d = NewcomerPolicy.DEFAULT;
    r.rejectUnknownKeys(KEYS);
    ImmutableList<String> mentors = r.strings(KEY_MENTOR);
    for (String mentor : mentors) {
      refs.checkPerson(mentor).ifPresent(p -> r.problem(KEY_MENTOR, p));
    }
    ImmutableList<String> exemptGroups =
        r.strings(KEY_EXEMPT_GROUP).stream()
            .map(g -> PersonEntry.parseGroup(g).name())
            .collect(ImmutableList.toImmutableList());
    for (String group : exemptGroups) {
      refs.checkGroup(group).ifPresent(p -> r.problem(KEY_EXEMPT_GROUP, p));
    }
    Optional<String> message = r.string(KEY_MESSAGE);
    message.ifPresent(m -> WelcomeMessage.validate(m).forEach(p -> r.problem(KEY_MESSAGE, p)));
    Optional<String> guide = r.string(KEY_GUIDE);
    guide.flatMap(MessageText::linkProblem).ifPresent(p -> r.problem(KEY_GUIDE, p));
    return new NewcomerPolicy(
        r.nonNegativeInt(KEY_MAX_MERGED_CHANGES, d.maxMergedChanges()),
        r.bool(KEY_WELCOME, d.welcome()),
        message,
        guide,
        mentors,
        r.enumValue(KEY_MENTOR_AS, MentorAs.class, d.mentorAs()),
        exemptGroups);
  }

  private NewcomerSection() {}
}
