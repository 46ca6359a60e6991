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

import java.util.Arrays;

/**
 * Runs Gerrit's site programs from a plain classpath, without gerrit.war.
 *
 * <p>{@code com.google.gerrit.pgm.Init}, {@code Daemon} and {@code Reindex} have an instance method
 * {@code int main(String[])} (the war's launcher calls it reflectively), not a static main, so
 * {@code java -cp ... com.google.gerrit.pgm.Daemon} cannot start them. tools/run starts this file
 * with the JDK's single-file source launcher:
 *
 * <pre>
 *   java -cp CLASSPATH tools/daemon/GerritLauncher.java init|daemon|reindex ARGS...
 * </pre>
 *
 * <p>The program's return code becomes the process exit code. The daemon's main blocks until the
 * server stops.
 */
public class GerritLauncher {
  public static void main(String[] argv) throws Exception {
    if (argv.length < 1) {
      System.err.println("usage: GerritLauncher init|daemon|reindex ARGS...");
      System.exit(2);
    }
    String[] args = Arrays.copyOfRange(argv, 1, argv.length);
    int rc;
    switch (argv[0]) {
      case "init" -> rc = new com.google.gerrit.pgm.Init().main(args);
      case "daemon" -> rc = new com.google.gerrit.pgm.Daemon().main(args);
      case "reindex" -> rc = new com.google.gerrit.pgm.Reindex().main(args);
      default -> {
        System.err.println("unknown program: " + argv[0] + " (expected init, daemon or reindex)");
        rc = 2;
      }
    }
    System.exit(rc);
  }
}
