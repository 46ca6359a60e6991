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
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of enum values in configuration and JSON: lower case with dashes ({@code
 * REGULARLY_TESTED} is {@code regularly-tested}).
 */
public final class ConfigEnums {
  public static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(type.getEnumConstants()).filter(e -> name(e).equals(wanted)).findFirst();
  }

  public static <E extends Enum<E>> ImmutableList<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(ConfigEnums::name)
        .collect(ImmutableList.toImmutableList());
  }

  private ConfigEnums() {}
}
