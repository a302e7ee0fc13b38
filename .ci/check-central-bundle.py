#!/usr/bin/env python3
"""Checks a Central bundle (zip): for each published artifact, the jar, sources, Javadoc and POM
(a pom only for pom-packaged artifacts), each with .md5 and .sha1 (and .sha256/.sha512 when
present) that match; the POM metadata Central requires; a module descriptor in each jar; no
artifact that must not be published. Prints one line per artifact; exit 1 on any problem."""
import hashlib
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

GROUP = "fr/cdgrules"
JARS = ["cdg-rules-core", "cdg-rules-communes", "cdg-rules-cdg79", "cdg-rules-cucm", "cdg-rules-cdg62",
        "cdg-rules-cdg44"]
POMS = ["cdg-rules-parent", "cdg-rules-bom"]
NOT_PUBLISHED = ["cdg-rules-cli", "cdg-rules-examples", "cdg-rules-consumer"]
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
REQUIRED_POM = ["m:name", "m:description", "m:url", "m:licenses/m:license/m:name", "m:developers/m:developer/m:name",
                "m:scm/m:url", "m:scm/m:connection"]


def main(path):
    problems = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())

        def check_file(name, signed):
            if name not in names:
                problems.append("missing " + name)
                return
            data = z.read(name)
            for ext, algo in (("md5", hashlib.md5), ("sha1", hashlib.sha1), ("sha256", hashlib.sha256),
                              ("sha512", hashlib.sha512)):
                digest = name + "." + ext
                if digest not in names:
                    if ext in ("md5", "sha1"):
                        problems.append("missing " + digest)
                    continue
                if z.read(digest).decode().split()[0].strip() != algo(data).hexdigest():
                    problems.append("wrong checksum " + digest)
            if signed and name + ".asc" not in names:
                problems.append("missing signature " + name + ".asc")

        signed = any(n.endswith(".asc") for n in names)
        versions = {m.group(1) for n in names for m in [re.match(GROUP + r"/cdg-rules-core/([^/]+)/", n)] if m}
        if len(versions) != 1:
            problems.append("cannot tell the version of cdg-rules-core from the bundle")
            version = "?"
        else:
            version = versions.pop()
        for artifact in JARS + POMS:
            base = "%s/%s/%s/%s-%s" % (GROUP, artifact, version, artifact, version)
            files = [base + ".pom"]
            if artifact in JARS:
                files += [base + ".jar", base + "-sources.jar", base + "-javadoc.jar"]
            for f in files:
                check_file(f, signed)
            if base + ".pom" in names:
                pom = ET.fromstring(z.read(base + ".pom"))
                parent_pom = "%s/cdg-rules-parent/%s/cdg-rules-parent-%s.pom" % (GROUP, version, version)
                inherited = pom.find("m:parent", NS) is not None and parent_pom in names
                parent = ET.fromstring(z.read(parent_pom)) if inherited else None
                for field in REQUIRED_POM:
                    el = pom.find(field, NS)
                    if (el is None or not (el.text or "").strip()) and parent is not None and field != "m:url" \
                            and field != "m:name" and field != "m:description":
                        el = parent.find(field, NS)  # licences, developers, scm: inherited from the parent
                    if el is None or not (el.text or "").strip():
                        problems.append("%s.pom lacks %s" % (artifact, field.replace("m:", "")))
                url = (pom.findtext("m:url", "", NS) or "").strip()
                if url.endswith("/" + artifact) or url.endswith(artifact):
                    problems.append("%s.pom url %s is the parent url + artifactId" % (artifact, url))
            if artifact in JARS and base + ".jar" in names:
                import io
                with zipfile.ZipFile(io.BytesIO(z.read(base + ".jar"))) as jar:
                    if "module-info.class" not in jar.namelist():
                        problems.append(artifact + ".jar has no module-info.class")
                with zipfile.ZipFile(io.BytesIO(z.read(base + "-javadoc.jar"))) as jd:
                    if "index.html" not in jd.namelist() and not any(n.endswith("/index.html") for n in jd.namelist()):
                        problems.append(artifact + "-javadoc.jar has no index.html")
            print("%-22s %s" % (artifact, "ok" if not any(artifact + "." in p or artifact + "-" in p
                                                           or "/" + artifact + "/" in p for p in problems)
                                else "PROBLEM"))
        for n in names:
            if any("/" + bad in n for bad in NOT_PUBLISHED):
                problems.append("must not be published: " + n)
        print("bundle %s: %d files, version %s, %s" % (path, len(names), version,
                                                     "signed" if signed else "unsigned (no key configured)"))
    for p in problems:
        print("release-dry-run: " + p, file=sys.stderr)
    if problems:
        return 1
    print("release-dry-run: bundle accepted")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
