#!/usr/bin/env bash
# Smoke test of a frozen Briefing tree (what `make dist` runs on the unpacked archive):
#   smoke-test.sh TREE [VERSION]
# The tree is run as IT would run it: from another folder, with an empty profile, no
# policy, no Python of ours on the path, through a symlink, and installed by
# install-linux.sh into a scratch root. Exits non-zero at the first check that fails.
set -euo pipefail

tree=$(cd "${1:?usage: smoke-test.sh TREE [VERSION]}" && pwd)
version=${2:-}
bin=$tree/briefing
py=${PYTHON:-python3}  # only to read the JSON the build prints
[[ $py != */* ]] || py=$(realpath -s "$py")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

export HOME=$scratch/home BRIEFING_PROFILE=$scratch/profile BRIEFING_POLICY=$scratch/no-policy.ini
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
mkdir -p "$HOME"
cd "$scratch"

step() { printf '%-38s' "$1"; }
fail() {
    echo "FAIL"
    echo "smoke-test: $*" >&2
    exit 1
}

step "--version"
out=$("$bin" --version) || fail "briefing --version exited $?"
[[ $out == "briefing ${version}"* ]] || fail "--version printed '$out', wanted briefing $version"
echo "ok   $out"

step "doctor --json"
"$bin" doctor --json >doctor.json || fail "doctor exited $?"
"$py" - "$tree" <<'EOF' || fail "doctor --json: $(cat doctor.json | head -c 400)"
import json, sys
report = json.load(open("doctor.json"))
tree = sys.argv[1]
assert report["content"]["status"] == "ok", report["content"]
assert report["paths"]["content"].startswith(tree), report["paths"]["content"]
assert report["qt"] != "not installed", report["qt"]
assert not report["problems"], report["problems"]
print(f"ok   library {report['content']['version']}, {report['content']['items']} items, Qt {report['qt']}")
EOF

step "self-test (offscreen window)"
QT_QPA_PLATFORM=offscreen "$bin" self-test >self-test.txt 2>&1 || {
    cat self-test.txt >&2
    fail "self-test failed"
}
echo "ok   $(grep -c '^ok' self-test.txt) checks"

step "search kotoutumisohjelma --json"
"$bin" search kotoutumisohjelma --json >search.json || fail "search exited $?"
"$py" - <<'EOF' || fail "search found nothing: $(head -c 400 search.json)"
import json
hits = json.load(open("search.json"))
assert hits, "no hits"
print(f"ok   {len(hits)} hits, first {hits[0]['id']}")
EOF

step "through a symlink"
mkdir -p bin
ln -s "$bin" bin/briefing
bin/briefing --version >/dev/null || fail "briefing does not start through a symlink"
echo "ok"

step "install-linux.sh into a scratch root"
installer=$tree/install-linux.sh
[ -x "$installer" ] || fail "no executable install-linux.sh in the tree"
printf '[briefing]\norganisation = Esimerkin kaupunki\ninterface_language = fi\n' >policy.ini
"$installer" --destdir "$scratch/root" policy.ini >/dev/null || fail "install-linux.sh exited $?"
"$scratch/root/opt/briefing/briefing" --version >/dev/null || fail "the installed copy does not start"
echo "ok"

step "the installed policy is obeyed"
BRIEFING_POLICY=$scratch/root/etc/briefing/policy.ini "$scratch/root/opt/briefing/briefing" \
    doctor --json >policy.json || fail "doctor with the policy exited $?"
"$py" - <<'EOF' || fail "the policy is not obeyed: $(head -c 600 policy.json)"
import json
settings = json.load(open("policy.json"))["settings"]
org = settings["organisation"]
assert org["value"] == "Esimerkin kaupunki" and org["locked"], org
assert settings["interface_language"]["locked"], settings["interface_language"]
print("ok   organisation and language locked")
EOF

# A user runs a copy root owns and cannot write to (nothing may need to write beside
# it), under the policy IT installed.
step "as a user, on the root-owned copy"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    chmod 755 "$scratch"
    mkdir -p "$scratch/user"
    chown 65534:65534 "$scratch/user"
    setpriv --reuid=65534 --regid=65534 --clear-groups \
        env -i PATH=/usr/bin:/bin HOME="$scratch/user" QT_QPA_PLATFORM=offscreen \
        BRIEFING_POLICY="$scratch/root/etc/briefing/policy.ini" \
        sh -c 'cd "$HOME" && "$1" self-test && "$1" search laki --limit 1' sh \
        "$scratch/root/opt/briefing/briefing" >user.txt 2>&1 || {
        cat user.txt >&2
        fail "the installed copy fails for an unprivileged user"
    }
    echo "ok"
else
    echo "skipped (needs root and setpriv)"
fi

step "install-linux.sh --uninstall"
"$installer" --destdir "$scratch/root" --uninstall >/dev/null || fail "--uninstall exited $?"
[ ! -e "$scratch/root/opt/briefing" ] || fail "--uninstall left /opt/briefing"
echo "ok"
