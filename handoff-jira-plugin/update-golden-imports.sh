#!/usr/bin/env bash
# Rewrites src/test/resources/golden/jira{10,11}-import-package.txt from the built jars.
# Run after `mvn -pl handoff-jira-plugin -am package -DskipTests`, then review the diff: every new line is a new
# package the plugin needs Jira to export (reference §13.2).
set -euo pipefail
cd "$(dirname "$0")"
for v in 10 11; do
  python3 - "$v" <<'PY'
import sys, zipfile
v = sys.argv[1]
mf = zipfile.ZipFile(f"target/handoff-jira{v}.jar").read("META-INF/MANIFEST.MF").decode()
lines = []
for l in mf.splitlines():
    if l.startswith(" "):
        lines[-1] += l[1:]
    else:
        lines.append(l)
header = next(l for l in lines if l.startswith("Import-Package: "))[len("Import-Package: "):]
clauses, cur, quoted = [], "", False
for c in header:
    if c == '"':
        quoted = not quoted
    if c == "," and not quoted:
        clauses.append(cur.strip()); cur = ""
    else:
        cur += c
clauses.append(cur.strip())
with open(f"src/test/resources/golden/jira{v}-import-package.txt", "w") as f:
    f.write(f"# Reviewed Import-Package of handoff-jira{v}.jar, one clause per line, in manifest order.\n"
            "# A change here is a change to what the plugin needs from Jira: review it against reference §13.2.\n"
            "# Regenerate with ./update-golden-imports.sh after a package build.\n")
    f.write("\n".join(clauses) + "\n")
PY
done
git --no-pager diff --stat -- src/test/resources/golden || true
