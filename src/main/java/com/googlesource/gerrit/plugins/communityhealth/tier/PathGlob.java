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
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The one path glob language of the plugin, used by {@code [feature]} paths ({@link
 * FeatureClassifier}) and by the {@code path:} clause of focus queries ({@link #automaton}): {@code
 * *} and {@code ?} stay within one directory, {@code **} crosses directories ({@code
 * nova/virt/libvirt/**} matches every file below that directory; {@code **}{@code /} also matches
 * no directory at all), {@code [abc]} and {@code [a-z]} are character classes ({@code [!abc]} or
 * {@code [^abc]} their complement), and {@code {a,b}} an alternative (not nested). A class never
 * matches {@code /}, negated or not. There is no escape character: {@code [*]} matches a literal
 * star. Matching is case-sensitive, like Git.
 *
 * <p>Parsed once into tokens; the regular expression, the fast shapes and the Lucene automaton are
 * all built from the same tokens, so that both consumers read a glob the same way.
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

  /**
   * One lexical element; {@code source} is its glob text, {@code regex} its translation; a class
   * has its code point ranges ({@code from, to} pairs, never containing {@code /}) and whether it
   * is negated.
   */
  private record Token(Kind kind, String source, String regex, int[] ranges, boolean negated) {
    Token(Kind kind, String source, String regex) {
      this(kind, source, regex, new int[0], false);
    }
  }

  /** Bounds determinization, so that a hostile glob fails to compile instead of eating memory. */
  private static final int DETERMINIZE_WORK_LIMIT = 10_000;

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
            throw InvalidPathGlobException.at(glob, "has an unclosed '['", i);
          }
          token = characterClass(glob, i, close);
          i = close;
        }
        case '{' -> {
          if (inAlternatives) {
            throw new InvalidPathGlobException(
                "'" + glob + "' nests '{' at position " + (i + 1) + "; alternatives cannot nest",
                "nests '{'; alternatives cannot nest",
                i);
          }
          inAlternatives = true;
          token = new Token(Kind.ALT_OPEN, "{", "(?:");
        }
        case '}' -> {
          if (!inAlternatives) {
            throw InvalidPathGlobException.at(glob, "has an unmatched '}'", i);
          }
          inAlternatives = false;
          token = new Token(Kind.ALT_CLOSE, "}", ")");
        }
        case ',' -> token = inAlternatives ? new Token(Kind.ALT_SEPARATOR, ",", "|") : null;
        case ']' -> throw InvalidPathGlobException.at(glob, "has an unmatched ']'", i);
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
      throw new InvalidPathGlobException(
          "'" + glob + "' has an unclosed '{'", "has an unclosed '{'", glob.lastIndexOf('{'));
    }
    flushLiteral(literal, out);
    return ImmutableList.copyOf(out);
  }

  private static Token characterClass(String glob, int open, int close) {
    String body = glob.substring(open + 1, close);
    boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
    int i = open + 1 + (negated ? 1 : 0);
    if (i == close) {
      throw InvalidPathGlobException.at(glob, "has an empty character class", open);
    }
    List<Integer> ranges = new ArrayList<>();
    while (i < close) {
      int from = glob.codePointAt(i);
      i += Character.charCount(from);
      int to = from;
      if (i + 1 < close && glob.charAt(i) == '-') {
        to = glob.codePointAt(i + 1);
        i += 1 + Character.charCount(to);
        if (to < from) {
          throw new InvalidPathGlobException(
              "'"
                  + glob
                  + "' has an invalid character class at position "
                  + (open + 1)
                  + ": backwards range "
                  + Character.toString(from)
                  + "-"
                  + Character.toString(to),
              "has a backwards range in a character class",
              open);
        }
      }
      // A class never matches '/': like '*' and '?', it stays within one directory.
      if (from <= '/' && '/' <= to) {
        if (from < '/') {
          ranges.add(from);
          ranges.add('/' - 1);
        }
        if (to > '/') {
          ranges.add('/' + 1);
          ranges.add(to);
        }
      } else {
        ranges.add(from);
        ranges.add(to);
      }
    }
    if (ranges.isEmpty() && !negated) {
      throw InvalidPathGlobException.at(glob, "has a character class that only holds '/'", open);
    }
    StringBuilder regex = new StringBuilder("[");
    if (negated) {
      regex.append("^/");
    }
    for (int r = 0; r < ranges.size(); r += 2) {
      regex.append("\\x{").append(Integer.toHexString(ranges.get(r))).append('}');
      if (!ranges.get(r).equals(ranges.get(r + 1))) {
        regex.append("-\\x{").append(Integer.toHexString(ranges.get(r + 1))).append('}');
      }
    }
    regex.append(']');
    return new Token(
        Kind.CLASS,
        glob.substring(open, close + 1),
        regex.toString(),
        ranges.stream().mapToInt(Integer::intValue).toArray(),
        negated);
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

  /**
   * This glob as a deterministic Lucene automaton over a whole path, for the {@code path:} clause
   * of focus queries. In segment mode (a glob without {@code /}, run against each directory or file
   * name on its own) {@code **} is the same as {@code *}.
   *
   * @throws InvalidPathGlobException when the glob is too complex to determinize
   */
  public Automaton automaton(boolean segment) {
    List<Automaton> parts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Kind.ALT_OPEN) {
        parts.add(automaton(t, segment));
        continue;
      }
      List<Automaton> choices = new ArrayList<>();
      List<Automaton> choice = new ArrayList<>();
      for (i++; tokens.get(i).kind() != Kind.ALT_CLOSE; i++) {
        if (tokens.get(i).kind() == Kind.ALT_SEPARATOR) {
          choices.add(concatenate(choice));
          choice = new ArrayList<>();
        } else {
          choice.add(automaton(tokens.get(i), segment));
        }
      }
      choices.add(concatenate(choice));
      parts.add(Operations.union(choices));
    }
    try {
      return Operations.determinize(concatenate(parts), DETERMINIZE_WORK_LIMIT);
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidPathGlobException(
          "'" + glob + "' is too complex; use fewer wildcards",
          "is too complex; use fewer wildcards",
          0);
    }
  }

  private static final Automaton ANY_BUT_SLASH = anyBut(new int[] {'/', '/'});

  private static Automaton automaton(Token t, boolean segment) {
    return switch (t.kind()) {
      case LITERAL -> Automata.makeString(t.source());
      case STAR -> Operations.repeat(ANY_BUT_SLASH);
      case QUESTION -> ANY_BUT_SLASH;
      case ANY_PATH -> segment ? Operations.repeat(ANY_BUT_SLASH) : Automata.makeAnyString();
      case ANY_DIRS ->
          // "a/**/b" also matches "a/b": the directories in between are optional.
          Operations.optional(
              Operations.concatenate(Automata.makeAnyString(), Automata.makeChar('/')));
      case CLASS -> {
        if (!t.negated()) {
          List<Automaton> ranges = new ArrayList<>();
          for (int r = 0; r < t.ranges().length; r += 2) {
            ranges.add(Automata.makeCharRange(t.ranges()[r], t.ranges()[r + 1]));
          }
          yield Operations.union(ranges);
        }
        int[] excluded = new int[t.ranges().length + 2];
        System.arraycopy(t.ranges(), 0, excluded, 0, t.ranges().length);
        excluded[excluded.length - 2] = '/';
        excluded[excluded.length - 1] = '/';
        yield anyBut(excluded);
      }
      case ALT_OPEN, ALT_SEPARATOR, ALT_CLOSE ->
          throw new IllegalStateException("alternatives are expanded by the caller");
    };
  }

  /** Any one code point outside the given {@code from, to} ranges. */
  private static Automaton anyBut(int[] ranges) {
    List<int[]> sorted = new ArrayList<>();
    for (int r = 0; r < ranges.length; r += 2) {
      sorted.add(new int[] {ranges[r], ranges[r + 1]});
    }
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Automaton> gaps = new ArrayList<>();
    int next = 0;
    for (int[] r : sorted) {
      if (r[0] > next) {
        gaps.add(Automata.makeCharRange(next, r[0] - 1));
      }
      next = Math.max(next, r[1] + 1);
    }
    if (next <= Character.MAX_CODE_POINT) {
      gaps.add(Automata.makeCharRange(next, Character.MAX_CODE_POINT));
    }
    return gaps.isEmpty() ? Automata.makeEmpty() : Operations.union(gaps);
  }

  private static Automaton concatenate(List<Automaton> parts) {
    return parts.isEmpty() ? Automata.makeEmptyString() : Operations.concatenate(parts);
  }

  /** Whether {@code text} uses any glob syntax, or could be looked up as one exact path. */
  public static boolean hasWildcards(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '*', '?', '[', '{' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
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

  /**
   * A malformed glob. The message names the glob and the 1-based position; {@link #problem()} and
   * {@link #index()} say what and where (0-based) for callers that point into a larger text.
   */
  public static final class InvalidPathGlobException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int index;

    InvalidPathGlobException(String message, String problem, int index) {
      super(message);
      this.problem = problem;
      this.index = index;
    }

    static InvalidPathGlobException at(String glob, String problem, int index) {
      return new InvalidPathGlobException(
          "'" + glob + "' " + problem + " at position " + (index + 1), problem, index);
    }

    /** What is wrong, without the glob: {@code has an unclosed '['}. */
    public String problem() {
      return problem;
    }

    /** Where, 0-based in the glob. */
    public int index() {
      return index;
    }
  }
}
