#!/usr/bin/env bash
# Install the frozen Briefing build on Linux, for IT: run as root, no network.
#
#   sudo ./install-linux.sh [POLICY.ini]        install or upgrade (run again: same result)
#   sudo ./install-linux.sh --uninstall         remove the program (policy and profiles stay)
#   ./install-linux.sh --destdir DIR ...        the same under DIR (packaging, tests; no root)
#
# Run from the unpacked archive (this script sits beside the `briefing` executable), or
# name that folder with --from DIR. The program goes to /opt/briefing, the command to
# /usr/local/bin/briefing, the launcher, AppStream metadata and icon under /usr/share,
# and POLICY.ini, when given, to /etc/briefing/policy.ini. Users' profiles are never touched.
set -euo pipefail

APP_ID=fi.briefing.Briefing
OPT=/opt/briefing
LINK=/usr/local/bin/briefing
DESKTOP=/usr/share/applications/$APP_ID.desktop
METAINFO=/usr/share/metainfo/$APP_ID.metainfo.xml
ICON=/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg
POLICY=/etc/briefing/policy.ini

die() {
    echo "install-linux.sh: $*" >&2
    exit 2
}

usage() {
    sed -n '4,7s/^#   //p' "$0"
    exit "${1:-0}"
}

destdir=${DESTDIR:-}
from=$(cd "$(dirname "$0")" && pwd)
uninstall=0
policy=""
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) uninstall=1 ;;
        --destdir) [ $# -ge 2 ] || die "--destdir needs a folder"; destdir=$2; shift ;;
        --destdir=*) destdir=${1#--destdir=} ;;
        --from) [ $# -ge 2 ] || die "--from needs a folder"; from=$2; shift ;;
        --from=*) from=${1#--from=} ;;
        -h | --help) usage 0 ;;
        -*) die "unknown option $1 (--help lists them)" ;;
        *) [ -z "$policy" ] || die "one policy file at most"; policy=$1 ;;
    esac
    shift
done

if [ -z "$destdir" ] && [ "$(id -u)" != 0 ]; then
    die "run as root (or give --destdir DIR)"
fi
destdir=${destdir%/}

# Files are written beside their target and renamed over it, so an interrupted run
# leaves either the old file or the new one.
put() {  # put MODE SOURCE TARGET
    mkdir -p "$(dirname "$destdir$3")"
    install -m "$1" "$2" "$destdir$3.new"
    mv -f "$destdir$3.new" "$destdir$3"
}

refresh_caches() {
    [ -z "$destdir" ] || return 0  # the caches of the running system only
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
    fi
}

do_uninstall() {
    # The command link goes only when it is ours: another briefing there is left alone.
    if [ -L "$destdir$LINK" ] && [ "$(readlink "$destdir$LINK")" = "$OPT/briefing" ]; then
        rm -f "$destdir$LINK"
    fi
    rm -f "$destdir$DESKTOP" "$destdir$METAINFO" "$destdir$ICON"
    rm -rf "$destdir$OPT" "$destdir$OPT.new" "$destdir$OPT.old"
    refresh_caches
    echo "Briefing removed. Kept: $POLICY and $(dirname "$POLICY")/keys (IT's), and every user's profile."
}

do_install() {
    local resources=$from/_internal/resources
    [ -x "$from/briefing" ] || die "no briefing executable in $from (use --from DIR)"
    [ -d "$resources" ] || die "no _internal/resources in $from: not a frozen Briefing build"
    local file
    for file in "packaging/$APP_ID.desktop" "packaging/$APP_ID.metainfo.xml" icons/briefing.svg; do
        [ -f "$resources/$file" ] || die "missing $resources/$file"
    done
    if [ -n "$policy" ]; then
        [ -f "$policy" ] && [ -r "$policy" ] || die "cannot read the policy file $policy"
        grep -q '^[[:space:]]*\[briefing\]' "$policy" || die "$policy has no [briefing] section"
    fi

    # The whole tree is copied beside the old one and swapped in, so a file an older
    # version had and this one has not does not linger.
    mkdir -p "$destdir$(dirname "$OPT")"
    rm -rf "$destdir$OPT.new" "$destdir$OPT.old"
    cp -a "$from/." "$destdir$OPT.new"
    chmod -R u+rwX,go+rX,go-w "$destdir$OPT.new"
    if [ -e "$destdir$OPT" ]; then
        mv "$destdir$OPT" "$destdir$OPT.old"
    fi
    mv "$destdir$OPT.new" "$destdir$OPT"
    rm -rf "$destdir$OPT.old"

    mkdir -p "$destdir$(dirname "$LINK")"
    ln -sfn "$OPT/briefing" "$destdir$LINK"
    put 644 "$resources/packaging/$APP_ID.desktop" "$DESKTOP"
    put 644 "$resources/packaging/$APP_ID.metainfo.xml" "$METAINFO"
    put 644 "$resources/icons/briefing.svg" "$ICON"
    if [ -n "$policy" ]; then
        put 644 "$policy" "$POLICY"
    fi
    refresh_caches
    echo "Briefing installed in $OPT; command $LINK${policy:+; policy $POLICY}."
    echo "Check it as a user: briefing self-test"
}

if [ "$uninstall" = 1 ]; then
    [ -z "$policy" ] || die "--uninstall takes no policy file"
    do_uninstall
else
    do_install
fi
