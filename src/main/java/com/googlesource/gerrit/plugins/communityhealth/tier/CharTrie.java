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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Values filed under string keys, found by walking a text: {@link #forEachKeyStarting} visits the
 * values of every key the text starts with, {@link #forEachKeyEnding} of every key it ends with.
 * One walk costs at most the text's length in steps, however many keys there are. Immutable once
 * built.
 */
final class CharTrie<T> {
  private static final Object[] NO_VALUES = new Object[0];

  private static final class Node {
    final char[] labels;
    final Node[] children;
    final Object[] values;

    Node(char[] labels, Node[] children, Object[] values) {
      this.labels = labels;
      this.children = children;
      this.values = values;
    }

    Node child(char c) {
      int i = Arrays.binarySearch(labels, c);
      return i < 0 ? null : children[i];
    }
  }

  /** Collects keys; {@link #build} freezes them into sorted arrays. */
  static final class Builder<T> {
    private static final class Draft {
      final TreeMap<Character, Draft> children = new TreeMap<>();
      final List<Object> values = new ArrayList<>();
    }

    private final Draft root = new Draft();
    private final boolean reversed;

    private Builder(boolean reversed) {
      this.reversed = reversed;
    }

    Builder<T> add(String key, T value) {
      Draft node = root;
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(reversed ? key.length() - 1 - i : i);
        node = node.children.computeIfAbsent(c, k -> new Draft());
      }
      node.values.add(value);
      return this;
    }

    CharTrie<T> build() {
      return new CharTrie<>(freeze(root), reversed);
    }

    private static Node freeze(Draft d) {
      char[] labels = new char[d.children.size()];
      Node[] children = new Node[d.children.size()];
      int i = 0;
      for (Map.Entry<Character, Draft> e : d.children.entrySet()) {
        labels[i] = e.getKey();
        children[i] = freeze(e.getValue());
        i++;
      }
      Object[] values = d.values.isEmpty() ? NO_VALUES : d.values.toArray();
      return new Node(labels, children, values);
    }
  }

  /** A trie for {@link #forEachKeyStarting}. */
  static <T> Builder<T> prefixes() {
    return new Builder<>(false);
  }

  /** A trie for {@link #forEachKeyEnding}. */
  static <T> Builder<T> suffixes() {
    return new Builder<>(true);
  }

  private final Node root;
  private final boolean reversed;

  private CharTrie(Node root, boolean reversed) {
    this.root = root;
    this.reversed = reversed;
  }

  /** Visits the values of every key that {@code text} starts with (a prefix trie only). */
  void forEachKeyStarting(String text, Consumer<? super T> visitor) {
    if (reversed) {
      throw new IllegalStateException("a suffix trie walks texts from their end");
    }
    walk(text, visitor);
  }

  /** Visits the values of every key that {@code text} ends with (a suffix trie only). */
  void forEachKeyEnding(String text, Consumer<? super T> visitor) {
    if (!reversed) {
      throw new IllegalStateException("a prefix trie walks texts from their start");
    }
    walk(text, visitor);
  }

  @SuppressWarnings("unchecked")
  private void walk(String text, Consumer<? super T> visitor) {
    Node node = root;
    int n = text.length();
    for (int i = 0; ; i++) {
      for (Object v : node.values) {
        visitor.accept((T) v);
      }
      if (i == n) {
        return;
      }
      node = node.child(text.charAt(reversed ? n - 1 - i : i));
      if (node == null) {
        return;
      }
    }
  }
}
