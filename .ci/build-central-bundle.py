#!/usr/bin/env python3
"""Lays out a built tree's published artifacts as a Central bundle (zip in the repository layout):
for each published module, its POM and, for jar modules, the jar, sources and Javadoc jars, each with
.md5, .sha1, .sha256 and .sha512, and its .asc signature when the build made one.

    build-central-bundle.py BUILT_TREE VERSION OUT.zip
"""
import hashlib
import os
import sys
import zipfile

GROUP = "fr/cdgrules"
# directory -> artifactId, for every published module (keep in step with bom/pom.xml)
PUBLISHED = {
    ".": "cdg-rules-parent",
    "bom": "cdg-rules-bom",
    "core": "cdg-rules-core",
    "communes": "cdg-rules-communes",
    "rules-cdg79": "cdg-rules-cdg79",
    "rules-cucm": "cdg-rules-cucm",
    "rules-cdg62": "cdg-rules-cdg62",
    "rules-cdg44": "cdg-rules-cdg44",
}
POM_ONLY = {"cdg-rules-parent", "cdg-rules-bom"}


def add(z, src, dest):
    data = open(src, "rb").read()
    z.writestr(dest, data)
    for ext, algo in (("md5", hashlib.md5), ("sha1", hashlib.sha1), ("sha256", hashlib.sha256),
                      ("sha512", hashlib.sha512)):
        z.writestr(dest + "." + ext, algo(data).hexdigest())
    if os.path.exists(src + ".asc"):
        add_plain(z, src + ".asc", dest + ".asc")


def add_plain(z, src, dest):
    data = open(src, "rb").read()
    z.writestr(dest, data)


def main(tree, version, out):
    missing = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for directory, artifact in PUBLISHED.items():
            base = os.path.join(tree, directory)
            dest = "%s/%s/%s/%s-%s" % (GROUP, artifact, version, artifact, version)
            target = os.path.join(base, "target")
            pom = os.path.join(base, "pom.xml")
            add(z, pom, dest + ".pom")
            signed_pom = os.path.join(target, "%s-%s.pom.asc" % (artifact, version))
            if os.path.exists(signed_pom):
                add_plain(z, signed_pom, dest + ".pom.asc")
            if artifact in POM_ONLY:
                continue
            for suffix in ("", "-sources", "-javadoc"):
                jar = os.path.join(target, "%s-%s%s.jar" % (artifact, version, suffix))
                if os.path.exists(jar):
                    add(z, jar, dest + suffix + ".jar")
                else:
                    missing.append(jar)
    for m in missing:
        print("build-central-bundle: not built: " + m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
