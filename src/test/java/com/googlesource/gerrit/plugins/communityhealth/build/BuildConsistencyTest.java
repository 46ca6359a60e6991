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

package com.googlesource.gerrit.plugins.communityhealth.build;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.googlesource.gerrit.plugins.communityhealth.module.HttpModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps Gerrit's in-tree Bazel build (BUILD, external_plugin_deps.bzl) in step with pom.xml, the
 * build that runs here: same sources and resources, same manifest entries, same bundled third-party
 * jars at the same versions. Bazel itself cannot run on these machines (build.md).
 */
public class BuildConsistencyTest {
  private Document pom;
  private Map<String, String> properties;
  private String build;
  private String externalDeps;

  @Before
  public void read() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    pom = f.newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
    properties = new HashMap<>();
    NodeList props = ((Element) pom.getElementsByTagName("properties").item(0)).getChildNodes();
    for (int i = 0; i < props.getLength(); i++) {
      if (props.item(i) instanceof Element e) {
        properties.put(e.getTagName(), e.getTextContent().trim());
      }
    }
    properties.put("project.version", text(pom.getDocumentElement(), "version"));
    build = Files.readString(root.resolve("BUILD"), UTF_8);
    externalDeps = Files.readString(root.resolve("external_plugin_deps.bzl"), UTF_8);
  }

  @Test
  public void manifestEntriesMatch() {
    Element entries = (Element) pom.getElementsByTagName("manifestEntries").item(0);
    NodeList children = entries.getChildNodes();
    int checked = 0;
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Element e)) {
        continue;
      }
      String key = e.getTagName();
      // Gerrit's gerrit_plugin() rule writes these itself, from the tree it builds in.
      if (key.equals("Gerrit-ApiType")
          || key.equals("Gerrit-ApiVersion")
          || key.equals("Implementation-Version")) {
        continue;
      }
      String entry = key + ": " + resolve(e.getTextContent().trim());
      assertWithMessage("BUILD manifest_entries must contain the pom's \"%s\"", entry)
          .that(build)
          .contains("\"" + entry + "\"");
      checked++;
    }
    assertWithMessage("manifest entries checked").that(checked).isAtLeast(4);
    assertWithMessage("every BUILD manifest entry must be in pom.xml")
        .that(count(build, Pattern.compile("\"(Gerrit|Implementation)-[A-Za-z]+: ")))
        .isEqualTo(checked);
  }

  @Test
  public void sourcesAndResourcesMatch() {
    assertWithMessage("BUILD srcs")
        .that(build)
        .contains("srcs = glob([\"src/main/java/**/*.java\"])");
    assertWithMessage("BUILD resources").that(build).contains("glob([\"resources/**/*\"])");
    NodeList resources = pom.getElementsByTagName("resource");
    boolean pomHasResources = false;
    for (int i = 0; i < resources.getLength(); i++) {
      pomHasResources |= text((Element) resources.item(i), "directory").equals("resources");
    }
    assertWithMessage("pom.xml packages resources/").that(pomHasResources).isTrue();
  }

  /**
   * A Bazel-built jar must serve the same web UI as Maven's: every bundle web/build.mjs makes
   * (entry point and output file) is a gerrit_js_bundle of web/BUILD with that entry point, every
   * page it copies is in the pages jar, and BUILD's gerrit_plugin takes them all as resource_jars.
   */
  @Test
  public void webBundleIsPackaged() throws Exception {
    Path web = Path.of("web").toAbsolutePath();
    String buildMjs = Files.readString(web.resolve("build.mjs"), UTF_8);
    String webBuild = Files.readString(web.resolve("BUILD"), UTF_8);
    Map<String, String> bazelBundles = new HashMap<>();
    Matcher b =
        Pattern.compile(
                "gerrit_js_bundle\\(\\s*name = \"([^\"]+)\",\\s*srcs = \\[[^\\]]*],"
                    + "\\s*entry_point = \"_bazel_ts_out/([^\"]+)\\.js\",\\s*\\)")
            .matcher(webBuild);
    while (b.find()) {
      bazelBundles.put(b.group(1) + ".js", b.group(2) + ".ts");
    }
    Matcher m = Pattern.compile("\\['(src/[^']+\\.ts)', '([^']+\\.js)']").matcher(buildMjs);
    int bundles = 0;
    boolean pluginScript = false;
    while (m.find()) {
      String entry = m.group(1);
      String out = m.group(2);
      assertWithMessage("web/BUILD gerrit_js_bundle for %s (entry %s)", out, entry)
          .that(bazelBundles.get(out))
          .isEqualTo(entry);
      assertWithMessage("BUILD resource_jars must take the %s bundle", out)
          .that(build)
          .contains("\"//plugins/community-health/web:" + out.replace(".js", "") + "\"");
      pluginScript |= out.equals(HttpModule.WEB_UI_SCRIPT);
      bundles++;
    }
    assertWithMessage("bundles in web/build.mjs").that(bundles).isAtLeast(1);
    assertWithMessage("web/BUILD bundles no more than build.mjs makes")
        .that(bazelBundles.size())
        .isEqualTo(bundles);
    assertWithMessage("the bundle HttpModule registers, %s, is built", HttpModule.WEB_UI_SCRIPT)
        .that(pluginScript)
        .isTrue();

    Matcher pages = Pattern.compile("const PAGES = \\[([^\\]]*)]").matcher(buildMjs);
    assertWithMessage("PAGES in web/build.mjs").that(pages.find()).isTrue();
    Matcher page = Pattern.compile("'([^']+\\.html)'").matcher(pages.group(1));
    int pageCount = 0;
    while (page.find()) {
      assertWithMessage("web/BUILD pages jar must hold static/%s", page.group(1))
          .that(webBuild)
          .contains("\"static/" + page.group(1) + "\"");
      pageCount++;
    }
    assertWithMessage("pages in web/build.mjs").that(pageCount).isAtLeast(1);
    assertWithMessage("BUILD resource_jars must take the pages jar")
        .that(build)
        .contains("\"//plugins/community-health/web:pages\"");
  }

  @Test
  public void bundledDependenciesMatch() {
    NodeList deps = pom.getElementsByTagName("dependency");
    int bundled = 0;
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      String scope = text(d, "scope");
      if (scope.equals("provided") || scope.equals("test")) {
        continue;
      }
      String artifactId = text(d, "artifactId");
      String coordinate = text(d, "groupId") + ":" + artifactId + ":" + resolve(text(d, "version"));
      assertWithMessage("external_plugin_deps.bzl must pin %s", coordinate)
          .that(externalDeps)
          .contains("artifact = \"" + coordinate + "\"");
      assertWithMessage("BUILD deps must use @%s//jar", artifactId)
          .that(build)
          .contains("\"@" + artifactId + "//jar\"");
      bundled++;
    }
    assertWithMessage("every maven_jar in external_plugin_deps.bzl must be a pom dependency")
        .that(count(externalDeps, Pattern.compile("maven_jar\\(")))
        .isEqualTo(bundled);
  }

  @Test
  public void gerritVersionMatches() throws Exception {
    String workspace = Files.readString(Path.of("WORKSPACE"), UTF_8);
    assertWithMessage("WORKSPACE gerrit_api version")
        .that(workspace)
        .contains("gerrit_api(version = \"" + properties.get("gerrit.version") + "\")");
  }

  private String resolve(String value) {
    Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = properties.get(m.group(1));
      assertWithMessage("pom property %s", m.group(1)).that(replacement).isNotNull();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return m.appendTail(out).toString();
  }

  private static String text(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().trim();
      }
    }
    return "";
  }

  private static int count(String text, Pattern p) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
