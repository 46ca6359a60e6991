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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A repository path glob: {@code *} and {@code ?} stay within one directory, {@code **} crosses
 * directories ({@code nova/virt/libvirt/**} matches every file below that directory), {@code [abc]}
 * is a character class ({@code [!abc]} or {@code [^abc]} its complement, which never matches {@code
 * /}) and {@code {a,b}} an alternative. Matching is case-sensitive, like Git.
 *
 * <p>Most real globs have a shape that needs no regular expression ({@code dir/**}, {@code
 * dir/*.py}, {@code **}{@code /*.rst}, a plain file name); {@link #matches} tests those with {@code
 * startsWith}/{@code endsWith} and keeps the regular expression for the rest, which runs only on
 * paths that have the glob's literal ends and its longest inner literal.
 */
public final class PathGlob {
  /** Beyond this many brace combinations {@link #alternatives()} keeps the glob whole. */
  static final int MAX_ALTERNATIVES = 64;

  private enum Kind {
    LITERAL,
    /** {@code *}: any run of characters but {@code /}. */
    STAR,
    /** {@code ?}: one character but {@code /}. */
    QUESTION,
    /** {@code **} not followed by {@code /}: anything, across directories. */
    ANY_PATH,
    /** {@code **}{@code /}: nothing, or anything ending in {@code /}. */
    ANY_DIRS,
    CLASS,
    ALT_OPEN,
    ALT_SEPARATOR,
    ALT_CLOSE
  }

  /** One lexical element; {@code source} is its glob text, {@code regex} its translation. */
  private record Token(Kind kind, String source, String regex) {}

  /** How {@link #matches} decides; see {@link #shapeOf}. */
  private enum Shape {
    /** No wildcard: the path equals the glob. */
    EXACT,
    /** {@code P**S} or {@code P**}{@code /*S} (S without {@code /}): starts with P, ends with S. */
    PREFIX_ANY_SUFFIX,
    /** {@code P*S}, S without {@code /}: as above, and nothing between contains {@code /}. */
    PREFIX_STAR_SUFFIX,
    /** {@code P**}{@code /S}: after P comes S itself, or anything ending in {@code /S}. */
    PREFIX_DIRS_NAME,
    REGEX
  }

  private final String glob;
  private final ImmutableList<Token> tokens;
  private final String literalPrefix;
  private final String literalSuffix;
  private final Shape shape;

  /**
   * The longest literal between the ends and outside braces: every match contains it, and {@code
   * String.contains} rejects most paths far cheaper than the regex would.
   */
  private final String innerLiteral;

  private final String regex;
  private final Pattern pattern;

  private PathGlob(String glob, ImmutableList<Token> tokens) {
    this.glob = glob;
    this.tokens = tokens;
    boolean allLiteral = tokens.stream().allMatch(t -> t.kind() == Kind.LITERAL);
    this.literalPrefix =
        !tokens.isEmpty() && tokens.get(0).kind() == Kind.LITERAL ? tokens.get(0).source() : "";
    this.literalSuffix =
        allLiteral
            ? literalPrefix
            : tokens.get(tokens.size() - 1).kind() == Kind.LITERAL
                ? tokens.get(tokens.size() - 1).source()
                : "";
    this.shape = shapeOf(tokens, literalSuffix);
    this.innerLiteral = innerLiteral(tokens);
    StringBuilder re = new StringBuilder();
    tokens.forEach(t -> re.append(t.regex()));
    this.regex = re.toString();
    // Compiled even when the shape makes it unnecessary: the regex is the reference semantics.
    this.pattern = Pattern.compile(regex, Pattern.DOTALL);
  }

  /**
   * Compiles a glob.
   *
   * @throws IllegalArgumentException with a message that says what is wrong and where
   */
  public static PathGlob compile(String glob) {
    requireNonNull(glob, "glob");
    if (glob.isBlank()) {
      throw new IllegalArgumentException("a path glob must not be empty");
    }
    if (glob.startsWith("/")) {
      throw new IllegalArgumentException(
          "'" + glob + "' starts with '/'; paths are relative to the repository root");
    }
    return new PathGlob(glob, tokenize(glob));
  }

  private static ImmutableList<Token> tokenize(String glob) {
    List<Token> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean inAlternatives = false;
    int n = glob.length();
    for (int i = 0; i < n; i++) {
      char c = glob.charAt(i);
      Token token;
      switch (c) {
        case '*' -> {
          if (i + 1 < n && glob.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < n && glob.charAt(i + 1) == '/') {
              i++;
              token = new Token(Kind.ANY_DIRS, "**/", "(?:.*/)?");
            } else {
              token = new Token(Kind.ANY_PATH, "**", ".*");
            }
          } else {
            token = new Token(Kind.STAR, "*", "[^/]*");
          }
        }
        case '?' -> token = new Token(Kind.QUESTION, "?", "[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) {
            throw new IllegalArgumentException(
                "'" + glob + "' has an unclosed '[' at position " + (i + 1));
          }
          token = characterClass(glob, i, close);
          i = close;
        }
        case '{' -> {
          if (inAlternatives) {
            throw new IllegalArgumentException(
                "'" + glob + "' nests '{' at position " + (i + 1) + "; alternatives cannot nest");
          }
          inAlternatives = true;
          token = new Token(Kind.ALT_OPEN, "{", "(?:");
        }
        case '}' -> {
          if (!inAlternatives) {
            throw new IllegalArgumentException(
                "'" + glob + "' has an unmatched '}' at position " + (i + 1));
          }
          inAlternatives = false;
          token = new Token(Kind.ALT_CLOSE, "}", ")");
        }
        case ',' -> token = inAlternatives ? new Token(Kind.ALT_SEPARATOR, ",", "|") : null;
        case ']' ->
            throw new IllegalArgumentException(
                "'" + glob + "' has an unmatched ']' at position " + (i + 1));
        default -> token = null;
      }
      if (token == null) {
        literal.append(c);
      } else {
        flushLiteral(literal, out);
        out.add(token);
      }
    }
    if (inAlternatives) {
      throw new IllegalArgumentException("'" + glob + "' has an unclosed '{'");
    }
    flushLiteral(literal, out);
    return ImmutableList.copyOf(out);
  }

  private static Token characterClass(String glob, int open, int close) {
    String body = glob.substring(open + 1, close);
    boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
    String members = negated ? body.substring(1) : body;
    if (members.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + glob + "' has an empty character class at position " + (open + 1));
    }
    // Escape what Java's class syntax treats specially ('&&' is intersection, '[' nests).
    String escaped = members.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&");
    // A complement never matches '/': like '*' and '?', a class stays within one directory.
    String regex = "[" + (negated ? "^" + escaped + "/" : escaped) + "]";
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "'"
              + glob
              + "' has an invalid character class at position "
              + (open + 1)
              + ": "
              + e.getDescription(),
          e);
    }
    return new Token(Kind.CLASS, glob.substring(open, close + 1), regex);
  }

  private static void flushLiteral(StringBuilder literal, List<Token> out) {
    if (literal.isEmpty()) {
      return;
    }
    String text = literal.toString();
    StringBuilder re = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A backslash before any non-letter ASCII character is a literal in Java regexes.
      if (c < 0x80 && !Character.isLetterOrDigit(c)) {
        re.append('\\');
      }
      re.append(c);
    }
    out.add(new Token(Kind.LITERAL, text, re.toString()));
    literal.setLength(0);
  }

  private static Shape shapeOf(List<Token> tokens, String suffix) {
    List<Kind> wild = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Kind k = tokens.get(i).kind();
      boolean edgeLiteral = k == Kind.LITERAL && (i == 0 || i == tokens.size() - 1);
      if (!edgeLiteral) {
        wild.add(k);
      }
    }
    if (wild.isEmpty()) {
      return tokens.size() == 1 ? Shape.EXACT : Shape.REGEX;
    }
    boolean suffixInOneDirectory = suffix.indexOf('/') < 0;
    if (wild.equals(List.of(Kind.ANY_PATH))
        || (wild.equals(List.of(Kind.ANY_DIRS, Kind.STAR)) && suffixInOneDirectory)) {
      return Shape.PREFIX_ANY_SUFFIX;
    }
    if (wild.equals(List.of(Kind.STAR)) && suffixInOneDirectory) {
      return Shape.PREFIX_STAR_SUFFIX;
    }
    if (wild.equals(List.of(Kind.ANY_DIRS))) {
      return Shape.PREFIX_DIRS_NAME;
    }
    return Shape.REGEX;
  }

  public boolean matches(String path) {
    int p = literalPrefix.length();
    int s = literalSuffix.length();
    int n = path.length();
    return switch (shape) {
      case EXACT -> path.equals(glob);
      case PREFIX_ANY_SUFFIX ->
          n >= p + s && path.startsWith(literalPrefix) && path.endsWith(literalSuffix);
      case PREFIX_STAR_SUFFIX ->
          n >= p + s
              && path.startsWith(literalPrefix)
              && path.endsWith(literalSuffix)
              && noSlashBetween(path, p, n - s);
      case PREFIX_DIRS_NAME ->
          path.startsWith(literalPrefix)
              && path.endsWith(literalSuffix)
              && (n == p + s || (n > p + s && path.charAt(n - s - 1) == '/'));
      case REGEX ->
          n >= p + s
              && path.startsWith(literalPrefix)
              && path.endsWith(literalSuffix)
              && path.contains(innerLiteral)
              && pattern.matcher(path).matches();
    };
  }

  private static String innerLiteral(List<Token> tokens) {
    String longest = "";
    boolean inAlternatives = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean end = i == 0 || i == tokens.size() - 1;
      switch (t.kind()) {
        case ALT_OPEN -> inAlternatives = true;
        case ALT_CLOSE -> inAlternatives = false;
        case LITERAL -> {
          if (!end && !inAlternatives && t.source().length() > longest.length()) {
            longest = t.source();
          }
        }
        default -> {}
      }
    }
    return longest;
  }

  private static boolean noSlashBetween(String path, int from, int to) {
    int slash = path.indexOf('/', from);
    return slash < 0 || slash >= to;
  }

  /**
   * The literal text every matching path starts with ({@code nova/virt/} for {@code
   * nova/virt/*.py}); empty when the glob starts with a wildcard or an alternative.
   */
  public String literalPrefix() {
    return literalPrefix;
  }

  /**
   * The literal text every matching path ends with ({@code .py} for {@code **}{@code /*.py}); empty
   * when the glob ends with a wildcard or an alternative. The whole glob when it has no wildcard at
   * all.
   */
  public String literalSuffix() {
    return literalSuffix;
  }

  /**
   * Brace-free globs that together match exactly what this one matches: {@code doc/{admin,user}/**}
   * gives {@code doc/admin/**} and {@code doc/user/**}, each with its own, longer literal prefix.
   * This glob alone when it has no alternatives, or more than {@value #MAX_ALTERNATIVES}
   * combinations.
   */
  public ImmutableList<PathGlob> alternatives() {
    if (tokens.stream().noneMatch(t -> t.kind() == Kind.ALT_OPEN)) {
      return ImmutableList.of(this);
    }
    List<List<Token>> partials = new ArrayList<>();
    partials.add(new ArrayList<>());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Kind.ALT_OPEN) {
        partials.forEach(p -> p.add(t));
        continue;
      }
      List<List<Token>> choices = new ArrayList<>();
      choices.add(new ArrayList<>());
      for (i++; tokens.get(i).kind() != Kind.ALT_CLOSE; i++) {
        if (tokens.get(i).kind() == Kind.ALT_SEPARATOR) {
          choices.add(new ArrayList<>());
        } else {
          choices.get(choices.size() - 1).add(tokens.get(i));
        }
      }
      if ((long) partials.size() * choices.size() > MAX_ALTERNATIVES) {
        return ImmutableList.of(this);
      }
      List<List<Token>> next = new ArrayList<>();
      for (List<Token> p : partials) {
        for (List<Token> choice : choices) {
          List<Token> combined = new ArrayList<>(p);
          combined.addAll(choice);
          next.add(combined);
        }
      }
      partials = next;
    }
    Map<String, PathGlob> distinct = new LinkedHashMap<>();
    for (List<Token> p : partials) {
      ImmutableList<Token> merged = mergeLiterals(p);
      String text = merged.stream().map(Token::source).reduce("", String::concat);
      distinct.putIfAbsent(text, new PathGlob(text, merged));
    }
    return ImmutableList.copyOf(distinct.values());
  }

  /** Joins adjacent literals, which expansion creates, so that prefix and shape see them. */
  private static ImmutableList<Token> mergeLiterals(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (Token t : tokens) {
      if (t.kind() == Kind.LITERAL) {
        literal.append(t.source());
      } else {
        flushLiteral(literal, out);
        out.add(t);
      }
    }
    flushLiteral(literal, out);
    return ImmutableList.copyOf(out);
  }

  /** The equivalent Java regular expression (compiled with {@link Pattern#DOTALL}). */
  public String regex() {
    return regex;
  }

  public String glob() {
    return glob;
  }

  @Override
  public String toString() {
    return glob;
  }
}
