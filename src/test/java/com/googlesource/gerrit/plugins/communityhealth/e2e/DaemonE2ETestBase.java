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

package com.googlesource.gerrit.plugins.communityhealth.e2e;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * Base of the end-to-end tests: a real Gerrit daemon, started by {@code tools/run} in its own JVM
 * with the packaged plugin jar installed and the demo data created, driven over HTTP and git like a
 * user would.
 *
 * <p>Failsafe ({@code mvn verify}) runs these after {@code package} and sets the system properties
 * read here (see pom.xml): {@code communityhealth.basedir}, {@code communityhealth.jar}, {@code
 * communityhealth.e2e.dir} (the run dir, {@code target/e2e}) and {@code
 * communityhealth.e2e.httpPort}/{@code sshPort}. Each test class starts the daemon in
 * {@code @BeforeClass} (a running one is restarted with the current jar; the site and demo data in
 * the run dir are kept) and stops it in {@code @AfterClass}. Everything {@code tools/run} prints
 * goes to {@code target/e2e/tools-run.log}; Gerrit's own logs are in {@code
 * target/e2e/site/logs/error_log} and {@code target/e2e/daemon.log}.
 *
 * <p>Demo accounts (password {@link #PASSWORD}): {@code admin}, {@code veteran}, {@code newcomer},
 * {@code community-health-bot}; demo project {@link #DEMO_PROJECT}. See
 * resources/Documentation/dev-run.md.
 */
public abstract class DaemonE2ETestBase {
  protected static final String PLUGIN = "community-health";
  protected static final String DEMO_PROJECT = "demo/nova";
  protected static final String PASSWORD = "secret";
  protected static final String ADMIN = "admin";
  protected static final String VETERAN = "veteran";
  protected static final String NEWCOMER = "newcomer";
  protected static final String BOT = "community-health-bot";

  /** Start, demo data included, takes well under a minute; a cold Maven cache takes longer. */
  private static final Duration TOOLS_RUN_TIMEOUT = Duration.ofMinutes(15);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  protected static Path baseDir;
  protected static Path pluginJar;
  protected static Path e2eDir;
  protected static int httpPort;
  protected static int sshPort;

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  protected static String baseUrl;

  private static boolean started;

  @BeforeClass
  public static void startDaemon() throws Exception {
    baseDir = Path.of(requiredProperty("communityhealth.basedir"));
    pluginJar = Path.of(requiredProperty("communityhealth.jar"));
    e2eDir = Path.of(requiredProperty("communityhealth.e2e.dir"));
    httpPort = Integer.parseInt(requiredProperty("communityhealth.e2e.httpPort"));
    sshPort = Integer.parseInt(requiredProperty("communityhealth.e2e.sshPort"));
    baseUrl = "http://127.0.0.1:" + httpPort;
    assertWithMessage("plugin jar (run `mvn verify`, which packages it first)")
        .that(Files.isRegularFile(pluginJar))
        .isTrue();
    started = true;
    toolsRun(e2eDir, httpPort, sshPort, Map.of("CH_DEMO", "1"), "start");
  }

  @AfterClass
  public static void stopDaemon() throws Exception {
    if (started) {
      started = false;
      toolsRun(e2eDir, httpPort, sshPort, Map.of(), "stop");
    }
  }

  /**
   * Runs {@code tools/run COMMAND} for the daemon of {@code runDir} with the packaged plugin jar,
   * appending its output to {@code runDir/tools-run.log}; fails with the log's tail unless it exits
   * 0. {@code env} adds {@code CH_*} knobs (see tools/run help).
   */
  protected static void toolsRun(
      Path runDir, int http, int ssh, Map<String, String> env, String command)
      throws IOException, InterruptedException {
    Files.createDirectories(runDir);
    Path log = runDir.resolve("tools-run.log");
    Files.writeString(
        log,
        "===== "
            + Instant.now()
            + " "
            + DaemonE2ETestBase.class.getSimpleName()
            + ": tools/run "
            + command
            + " =====\n",
        UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    ProcessBuilder pb =
        new ProcessBuilder(baseDir.resolve("tools/run").toString(), command)
            .directory(baseDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> processEnv = pb.environment();
    processEnv.put("CH_RUN_DIR", runDir.toString());
    processEnv.put("CH_PLUGIN_JAR", pluginJar.toString());
    processEnv.put("CH_HTTP_PORT", String.valueOf(http));
    processEnv.put("CH_SSH_PORT", String.valueOf(ssh));
    processEnv.putAll(env);
    Process p = pb.start();
    if (!p.waitFor(TOOLS_RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(
          "tools/run "
              + command
              + " did not finish in "
              + TOOLS_RUN_TIMEOUT
              + "; log:\n"
              + tail(log, 80));
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(
          "tools/run "
              + command
              + " exited with "
              + p.exitValue()
              + "; last lines of "
              + log
              + ":\n"
              + tail(log, 80));
    }
  }

  // ------------------------------------------------------------------ REST

  /** A REST answer: status and body, with Gerrit's {@code )]}'} line already removed. */
  public record RestResponse(int status, String body) {
    public JsonElement json() {
      assertWithMessage("JSON body of HTTP %s: %s", status, body).that(body).isNotEmpty();
      return JsonParser.parseString(body);
    }

    /** Fails unless the status is 2xx; returns this for chaining. */
    public RestResponse assertOk() {
      assertWithMessage("HTTP status; body: %s", body).that(status / 100).isEqualTo(2);
      return this;
    }

    public RestResponse assertStatus(int expected) {
      assertWithMessage("HTTP status; body: %s", body).that(status).isEqualTo(expected);
      return this;
    }
  }

  /**
   * Calls {@code METHOD /a/PATH} as {@code user} (basic auth, password {@link #PASSWORD}); {@code
   * path} is what follows {@code /a/}, already URL-encoded (see {@link #encode}). A non-null {@code
   * jsonBody} is sent as {@code application/json}.
   */
  protected static RestResponse rest(String user, String method, String path, String jsonBody)
      throws IOException, InterruptedException {
    return restAt(baseUrl, user, method, path, jsonBody);
  }

  /** Like {@link #rest}, on the daemon at {@code url} (another primary). */
  protected static RestResponse restAt(
      String url, String user, String method, String path, String jsonBody)
      throws IOException, InterruptedException {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create(url + "/a/" + stripSlash(path)))
            .timeout(Duration.ofSeconds(60))
            // No Accept header: Gerrit answers JSON anyway, and "Accept: application/json"
            // turns base64 answers (file contents) into JSON strings.
            .header("Authorization", basicAuth(user));
    if (jsonBody != null) {
      req.header("Content-Type", "application/json; charset=UTF-8")
          .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, UTF_8));
    } else {
      req.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> res = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    return new RestResponse(res.statusCode(), stripXssiPrefix(res.body()));
  }

  protected static RestResponse get(String user, String path)
      throws IOException, InterruptedException {
    return rest(user, "GET", path, null);
  }

  protected static RestResponse post(String user, String path, String jsonBody)
      throws IOException, InterruptedException {
    return rest(user, "POST", path, jsonBody == null ? "{}" : jsonBody);
  }

  protected static RestResponse put(String user, String path, String jsonBody)
      throws IOException, InterruptedException {
    return rest(user, "PUT", path, jsonBody == null ? "{}" : jsonBody);
  }

  /** GET as {@code user}, failing unless 2xx, parsed as JSON. */
  protected static JsonElement getJson(String user, String path)
      throws IOException, InterruptedException {
    return get(user, path).assertOk().json();
  }

  /** Content of a file on a branch or ref, via the projects API (base64 on the wire). */
  protected static String fileContent(String project, String ref, String file)
      throws IOException, InterruptedException {
    RestResponse r =
        get(
            ADMIN,
            "projects/"
                + encode(project)
                + "/branches/"
                + encode(ref)
                + "/files/"
                + encode(file)
                + "/content");
    r.assertOk();
    return new String(Base64.getMimeDecoder().decode(r.body().trim()), UTF_8);
  }

  /**
   * URL-encodes one path segment or query value ({@code demo/nova} becomes {@code demo%2Fnova}).
   */
  protected static String encode(String s) {
    return URLEncoder.encode(s, UTF_8).replace("+", "%20");
  }

  private static String basicAuth(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(UTF_8));
  }

  private static String stripSlash(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  /** Gerrit prefixes JSON with {@code )]}'} and a newline against XSSI. */
  static String stripXssiPrefix(String body) {
    if (body.startsWith(")]}'")) {
      int nl = body.indexOf('\n');
      return nl < 0 ? "" : body.substring(nl + 1);
    }
    return body;
  }

  // ------------------------------------------------------------------- git

  /** Output and exit code of a git command. */
  public record GitResult(int exitCode, String output) {
    public GitResult assertOk() {
      assertWithMessage("git exit code; output:\n%s", output).that(exitCode).isEqualTo(0);
      return this;
    }
  }

  /**
   * Runs {@code git ARGS} in {@code dir}, isolated from the machine's git configuration (no
   * credential helpers, prompts, signing or hooks beyond the repository's own).
   */
  protected static GitResult git(Path dir, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-c");
    cmd.add("credential.helper=");
    cmd.add("-c");
    cmd.add("commit.gpgSign=false");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("git " + String.join(" ", args) + " hung; output:\n" + out);
    }
    return new GitResult(p.exitValue(), out);
  }

  /** Git over HTTP URL of a project with the user's credentials in it. */
  protected static String gitUrl(String user, String project) {
    return gitUrlAt(baseUrl, user, project);
  }

  /** Like {@link #gitUrl}, on the daemon at {@code url} (another primary). */
  protected static String gitUrlAt(String url, String user, String project) {
    return url.replace("://", "://" + user + ":" + PASSWORD + "@") + "/a/" + project;
  }

  /**
   * Clones {@code project} as {@code user} into a fresh directory under the e2e dir, with user.name
   * and user.email set to the account's (demo accounts: see tools/run).
   */
  protected static Path cloneProject(String user, String project, String name, String email)
      throws IOException, InterruptedException {
    Path clones = Files.createDirectories(e2eDir.resolve("clones"));
    Path dir = Files.createTempDirectory(clones, user + "-");
    git(clones, "clone", "-q", gitUrl(user, project), dir.toString()).assertOk();
    git(dir, "config", "user.name", name).assertOk();
    git(dir, "config", "user.email", email).assertOk();
    return dir;
  }

  /**
   * Writes {@code content} to {@code file} in the clone and commits it with {@code message} plus a
   * fresh Change-Id footer. Returns the Change-Id.
   */
  protected static String commitFile(Path repo, String file, String content, String message)
      throws IOException, InterruptedException {
    Path path = repo.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, UTF_8);
    git(repo, "add", file).assertOk();
    String changeId = newChangeId();
    git(repo, "commit", "-q", "--no-verify", "-m", message + "\n\nChange-Id: " + changeId)
        .assertOk();
    return changeId;
  }

  /** Pushes HEAD for review on {@code branch}; the result carries Gerrit's remote messages. */
  protected static GitResult pushForReview(Path repo, String branch)
      throws IOException, InterruptedException {
    return git(repo, "push", "origin", "HEAD:refs/for/" + branch);
  }

  protected static String newChangeId() {
    byte[] b = new byte[20];
    new SecureRandom().nextBytes(b);
    return "I" + HexFormat.of().formatHex(b);
  }

  // ---------------------------------------------------------------- misc

  /** {@code Implementation-Version} of the plugin jar's manifest. */
  protected static String pluginJarVersion() throws IOException {
    try (JarFile jar = new JarFile(pluginJar.toFile())) {
      return jar.getManifest().getMainAttributes().getValue("Implementation-Version");
    }
  }

  protected static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    assertWithMessage(
            "system property %s (set by failsafe in pom.xml; run the e2e tests with mvn verify)",
            name)
        .that(value)
        .isNotEmpty();
    return value;
  }
}
