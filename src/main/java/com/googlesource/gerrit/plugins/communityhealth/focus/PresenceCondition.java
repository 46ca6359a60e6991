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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a patch set must contain for a focus query to possibly match it, as a formula over "this
 * term occurs" and "some path starts with this prefix". It is implied by the query: it ignores word
 * positions, the rest of a glob after its literal prefix, and {@code NOT} clauses, so it may hold
 * where the query does not match, never the other way round.
 */
sealed interface PresenceCondition {
  /** Whether the condition holds given the terms and path prefixes seen in the patch set. */
  boolean test(BitSet seenTerms, BitSet seenPathPrefixes);

  /** Holds for every patch set: the query has a clause presence cannot judge. */
  record Always() implements PresenceCondition {
    @Override
    public boolean test(BitSet seenTerms, BitSet seenPathPrefixes) {
      return true;
    }
  }

  /** Holds for no patch set: the query cannot match anything. */
  record Never() implements PresenceCondition {
    @Override
    public boolean test(BitSet seenTerms, BitSet seenPathPrefixes) {
      return false;
    }
  }

  /**
   * Term number {@code id} of the presearcher's term table occurs; for a wildcard term's literal
   * prefix, some token starts with it.
   */
  record TermOccurs(int id) implements PresenceCondition {
    @Override
    public boolean test(BitSet seenTerms, BitSet seenPathPrefixes) {
      return seenTerms.get(id);
    }
  }

  /** Some path starts with prefix number {@code id} of the presearcher's prefix table. */
  record PathPrefixOccurs(int id) implements PresenceCondition {
    @Override
    public boolean test(BitSet seenTerms, BitSet seenPathPrefixes) {
      return seenPathPrefixes.get(id);
    }
  }

  /**
   * One of the terms in {@code ids} occurs: one word-wise intersection instead of a test per term
   * (the bare words of a query are one such set, in subject and message).
   */
  record AnyTermOccurs(BitSet ids) implements PresenceCondition {
    public AnyTermOccurs {
      ids = (BitSet) ids.clone();
    }

    @Override
    public BitSet ids() {
      return (BitSet) ids.clone();
    }

    @Override
    public boolean test(BitSet seenTerms, BitSet seenPathPrefixes) {
      return ids.intersects(seenTerms);
    }
  }

  /** Every one of {@code all} holds. */
  record AllOf(ImmutableList<PresenceCondition> all) implements PresenceCondition {
    @Override
    public boolean test(BitSet seenTerms, BitSet seenPathPrefixes) {
      for (PresenceCondition c : all) {
        if (!c.test(seenTerms, seenPathPrefixes)) {
          return false;
        }
      }
      return true;
    }
  }

  /** At least one of {@code any} holds. */
  record AnyOf(ImmutableList<PresenceCondition> any) implements PresenceCondition {
    @Override
    public boolean test(BitSet seenTerms, BitSet seenPathPrefixes) {
      for (PresenceCondition c : any) {
        if (c.test(seenTerms, seenPathPrefixes)) {
          return true;
        }
      }
      return false;
    }
  }

  PresenceCondition ALWAYS = new Always();
  PresenceCondition NEVER = new Never();

  static PresenceCondition allOf(List<PresenceCondition> conditions) {
    List<PresenceCondition> kept = new ArrayList<>();
    for (PresenceCondition c : conditions) {
      if (c instanceof Never) {
        return NEVER;
      }
      if (!(c instanceof Always)) {
        kept.add(c);
      }
    }
    return kept.isEmpty()
        ? ALWAYS
        : kept.size() == 1 ? kept.get(0) : new AllOf(ImmutableList.copyOf(kept));
  }

  static PresenceCondition anyOf(List<PresenceCondition> conditions) {
    List<PresenceCondition> kept = new ArrayList<>();
    BitSet terms = new BitSet();
    for (PresenceCondition c : flatten(conditions)) {
      switch (c) {
        case Always a -> {
          return ALWAYS;
        }
        case Never n -> {}
        case TermOccurs t -> terms.set(t.id());
        case AnyTermOccurs t -> terms.or(t.ids());
        default -> kept.add(c);
      }
    }
    if (terms.cardinality() == 1) {
      kept.add(0, new TermOccurs(terms.nextSetBit(0)));
    } else if (terms.cardinality() > 1) {
      kept.add(0, new AnyTermOccurs(terms));
    }
    return kept.isEmpty()
        ? NEVER
        : kept.size() == 1 ? kept.get(0) : new AnyOf(ImmutableList.copyOf(kept));
  }

  /** {@code conditions} with the members of each nested {@link AnyOf} in its place. */
  private static List<PresenceCondition> flatten(List<PresenceCondition> conditions) {
    List<PresenceCondition> flat = new ArrayList<>(conditions.size());
    for (PresenceCondition c : conditions) {
      if (c instanceof AnyOf any) {
        flat.addAll(any.any());
      } else {
        flat.add(c);
      }
    }
    return flat;
  }
}
