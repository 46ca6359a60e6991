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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Makes user-provided text (names, queries) safe to put in a change message.
 *
 * <p>Gerrit renders change messages as Markdown and expands {@code <GERRIT_ACCOUNT_n>} templates,
 * so a display name could otherwise add links, images, emphasis, HTML, fake account references or
 * e-mail auto-links. Every character with a meaning there is backslash-escaped (backslash itself
 * first, so an escape cannot be undone); control, line-separator and bidirectional-override
 * characters are dropped so a name cannot start new lines or reorder the text around it.
 */
public final class MessageEscaper {
  private static final String SPECIAL = "\\*_[]()<>`@&~";

  /**
   * Escapes {@code text}, keeping at most {@code maxCodePoints} of its characters (an ellipsis
   * marks a cut).
   */
  public static String escape(String text, int maxCodePoints) {
    checkArgument(maxCodePoints > 0, "maxCodePoints %s must be positive", maxCodePoints);
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxCodePoints) + 16);
    int kept = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isWhitespaceControl(cp)) {
        cp = ' ';
      } else if (isDropped(cp)) {
        continue;
      }
      if (kept == maxCodePoints) {
        out.append('…');
        break;
      }
      kept++;
      if (cp < 128 && SPECIAL.indexOf(cp) >= 0) {
        out.append('\\');
      }
      out.appendCodePoint(cp);
    }
    return out.toString().strip();
  }

  private static boolean isWhitespaceControl(int cp) {
    return cp == '\t' || cp == '\n' || cp == '\r';
  }

  private static boolean isDropped(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || isBidiControl(cp);
  }

  private static boolean isBidiControl(int cp) {
    return cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  private MessageEscaper() {}
}
