# Third-party jars the plugin bundles, for Gerrit's in-tree build
# (copied to plugins/external_plugin_deps.bzl). Versions match pom.xml;
# BuildConsistencyTest checks it.
load("//tools/bzl:maven_jar.bzl", "maven_jar")

def external_plugin_deps():
    maven_jar(
        name = "lucene-memory",
        artifact = "org.apache.lucene:lucene-memory:10.2.2",
        sha1 = "8709740d758b9358d0c9e3f4fcd34c9604740e20",
    )
    maven_jar(
        name = "lucene-queries",
        artifact = "org.apache.lucene:lucene-queries:10.2.2",
        sha1 = "6dfc2197d9deacb699d7dc04f0afa919c926695e",
    )
