# Shared by tools/run, tools/test and .ci/run. Source it; it defines functions only.

# Exports JAVA_HOME pointing at a JDK >= 21 (Gerrit 3.13 class files are Java 21).
# An existing JAVA_HOME wins when it is new enough; otherwise the newest JDK
# under /usr/lib/jvm is taken.
ch_java_major() {
  local java="$1/bin/java"
  [ -x "$java" ] || return 1
  "$java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

ch_find_java_home() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(ch_java_major "$JAVA_HOME" || true)
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME CH_JAVA_MAJOR="$major"
      return 0
    fi
    echo "JAVA_HOME=$JAVA_HOME is Java ${major:-?}; looking for a JDK >= 21" >&2
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(ch_java_major "$candidate" || true)
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK >= 21 found: set JAVA_HOME to one (Gerrit 3.13 needs Java 21)." >&2
    return 1
  fi
  export JAVA_HOME="$best" CH_JAVA_MAJOR="$best_major"
}

# Maven in batch mode on the JDK found above, quiet about JDK-internal warnings.
ch_mvn() {
  local opts="${MAVEN_OPTS:-}"
  if [ "${CH_JAVA_MAJOR:-0}" -ge 24 ]; then
    opts="$opts --sun-misc-unsafe-memory-access=allow"
  fi
  MAVEN_OPTS="$opts" mvn -B "$@"
}
