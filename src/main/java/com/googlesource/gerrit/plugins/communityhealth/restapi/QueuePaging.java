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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import com.google.gerrit.extensions.restapi.BadRequestException;
import org.kohsuke.args4j.Option;

/**
 * The queue views' paging options, named like Gerrit's own lists: {@code n} (how many, default
 * {@value ReviewQueue#DEFAULT_LIMIT}, at most {@value ReviewQueue#MAX_LIMIT}) and {@code S} (how
 * many to skip).
 */
abstract class QueuePaging {
  private int limit = ReviewQueue.DEFAULT_LIMIT;
  private int start;

  @Option(name = "-n", metaVar = "CNT", usage = "maximum number of changes to list")
  void setLimit(int limit) {
    this.limit = limit;
  }

  @Option(name = "-S", metaVar = "CNT", usage = "number of changes to skip")
  void setStart(int start) {
    this.start = start;
  }

  int limit() {
    return limit;
  }

  int start() {
    return start;
  }

  void checkPaging() throws BadRequestException {
    if (limit < 1 || limit > ReviewQueue.MAX_LIMIT) {
      throw new BadRequestException(
          "n must be between 1 and " + ReviewQueue.MAX_LIMIT + ", was " + limit);
    }
    if (start < 0) {
      throw new BadRequestException("S must not be negative, was " + start);
    }
  }
}
