#!/usr/bin/env bash
# The second test environment: QGIS 3.40 LTR from Debian 13 (trixie) in a chroot beside the host's 3.22.
#
#   scripts/qgis340.sh setup          build or update the chroot (idempotent; quick once done)
#   scripts/qgis340.sh run CMD ...    run CMD in the chroot, in the project (mounted at /project)
#
# The chroot lives in /var/cache/zoning_plugin/trixie-qgis340 (ZONING_QGIS340_ROOT to move it), not in
# the project: it is kept between clones and runs on one machine (a fresh clone in CI reuses it),
# `make clean` and `git clean -xdf` never walk into it, and the project bind-mounted into it never
# contains the chroot itself. Every mount is made inside a private mount namespace (unshare -m), so it
# vanishes with the process even when a run is killed, never propagates to the host, and repeated runs
# never stack mounts; the trap unmounts them on the way out as well.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECT=$(pwd -P)

ROOT=${ZONING_QGIS340_ROOT:-/var/cache/zoning_plugin/trixie-qgis340}
SUITE=trixie
VENV=/opt/zoning-venv            # inside the chroot
# What the tests need, as scripts/setup.sh installs it on the host; shapely 2.1 and numpy 2 are
# trixie's own (its GDAL and QGIS bindings are built against numpy 2). Open Sans, QGIS's default
# label font: 3.40 tries to download it when missing and says in the message bar that it failed.
# PostgreSQL and PostGIS (trixie's 17 and 3.5): the PostGIS tests start their own throwaway cluster
# inside the chroot, as on the host (tests/postgis_support.py).
APT_PACKAGES="qgis python3-qgis qgis-providers python3-pyproj proj-data python3-shapely python3-numpy
 python3-venv python3-pip ca-certificates xvfb xauth fonts-noto-cjk fonts-wqy-microhei fonts-open-sans
 poppler-utils qttools5-dev-tools pyqt5-dev-tools zip unzip locales
 postgresql-17 postgresql-17-postgis-3 python3-psycopg2"
REQUIREMENTS=requirements-340.txt

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The host's Debian mirror, from its apt sources (deb822 or one-line form).
host_mirror() {
  local uri
  uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n1 || true)
  [ -n "$uri" ] || uri=$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
    | awk '{print $2}' | grep -v security | head -n1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

# Runs "$@" (a shell snippet and its arguments) in a private mount namespace with /proc, /sys, /dev
# and the project mounted into the chroot.
in_namespace() {
  as_root unshare --mount --propagation private -- bash -euo pipefail -c '
    root=$1; project=$2; shift 2
    cleanup() {   # lazily where a process on its way out (an Xvfb) still holds it: this namespace only
      for m in project dev sys proc; do
        mountpoint -q "$root/$m" && { umount -R "$root/$m" 2>/dev/null || umount -R -l "$root/$m"; } || true
      done
    }
    trap cleanup EXIT
    mkdir -p "$root/project"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount --bind "$project" "$root/project"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    # The host'"'"'s CA bundle, for pip (a TLS-inspecting proxy'"'"'s CA may be in it and not in trixie'"'"'s)
    mkdir -p "$root/etc/ssl"
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/host-ca-certificates.crt"
    "$@"' _ "$ROOT" "$PROJECT" "$@"
}

# rm -rf of a chroot folder, refused while anything is mounted under it (a /dev bound there would be
# emptied): mounts are made in private namespaces and never outlive them, so this is a last guard.
remove_unmounted() {
  if findmnt -rno TARGET | grep -q "^$1\(/\|$\)"; then
    echo "qgis340: something is mounted under $1; not removing it" >&2; exit 1
  fi
  as_root rm -rf "$1"
}

setup() {
  as_root mkdir -p "$(dirname "$ROOT")"
  exec 9>>"$ROOT.lock"   # one setup at a time (two clones' `make test` at once)
  flock 9
  if ! command -v debootstrap >/dev/null; then
    echo "qgis340: installing debootstrap"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends debootstrap
  fi
  if [ ! -f "$ROOT/.zoning-bootstrap" ]; then
    local partial="$ROOT.partial" mirror log
    mirror=$(host_mirror)
    log="$(dirname "$ROOT")/debootstrap.log"
    remove_unmounted "$partial"
    echo "qgis340: debootstrap --variant=minbase $SUITE $partial $mirror (log: $log)"
    # In its own mount namespace too: debootstrap mounts /proc and /sys into the target.
    if ! as_root unshare --mount --propagation private -- \
        debootstrap --variant=minbase "$SUITE" "$partial" "$mirror" > "$log" 2>&1; then
      tail -n 20 "$log" >&2; exit 1
    fi
    printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$SUITE" "$mirror" "$SUITE" \
      | as_root tee "$partial/etc/apt/sources.list" >/dev/null
    # No services start inside the chroot.
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$partial/usr/sbin/policy-rc.d" >/dev/null
    as_root chmod 755 "$partial/usr/sbin/policy-rc.d"
    as_root touch "$partial/.zoning-bootstrap"
    remove_unmounted "$ROOT"
    as_root mv "$partial" "$ROOT"
  fi

  local want have
  want=$(printf '%s\n' $APT_PACKAGES | sha256sum | cut -d' ' -f1)
  have=$(cat "$ROOT/.zoning-packages" 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    echo "qgis340: installing Debian $SUITE packages into the chroot"
    in_namespace chroot "$ROOT" /usr/bin/env DEBIAN_FRONTEND=noninteractive sh -ec '
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "$@" >/dev/null
      apt-get clean
      sed -i "s/^# *\(en_US.UTF-8\|zh_CN.UTF-8\)/\1/" /etc/locale.gen
      locale-gen >/dev/null' _ $APT_PACKAGES
    echo "$want" | as_root tee "$ROOT/.zoning-packages" >/dev/null
  fi

  want=$(cat "$REQUIREMENTS" | sha256sum | cut -d' ' -f1)
  have=$(cat "$ROOT$VENV/.requirements.sha" 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    echo "qgis340: making the venv $VENV in the chroot (system site packages, for qgis)"
    in_namespace chroot "$ROOT" sh -ec '
      [ -x "$1/bin/python" ] || /usr/bin/python3 -m venv --system-site-packages "$1"
      PIP_FIND_LINKS= PIP_CONFIG_FILE=/dev/null SSL_CERT_FILE=/etc/ssl/host-ca-certificates.crt "$1/bin/python" -m pip install -q --disable-pip-version-check \
        --cert /etc/ssl/host-ca-certificates.crt -r "/project/$2"' _ "$VENV" "$REQUIREMENTS"
    echo "$want" | as_root tee "$ROOT$VENV/.requirements.sha" >/dev/null
  fi
  run "$VENV/bin/python" -c "import qgis.core, shapely, pyproj, osgeo.ogr" || {
    echo "qgis340: the chroot's venv cannot import qgis, shapely, pyproj and osgeo" >&2; exit 1; }
}

# The command runs as root in the chroot, in /project, with the venv first on PATH; the environment
# is the test's own, not the host's.
run() {
  [ -f "$ROOT/.zoning-packages" ] || { echo "qgis340: no chroot at $ROOT; run scripts/qgis340.sh setup" >&2; exit 1; }
  in_namespace chroot "$ROOT" /usr/bin/env -i \
    HOME=/root LANG=C.UTF-8 PATH="$VENV/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin" \
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" PYTHONDONTWRITEBYTECODE=1 PROJ_DATA=/usr/share/proj ZONING_VENV="$VENV" \
    sh -c 'cd /project && exec "$@"' _ "$@"
}

case "${1:-}" in
  setup) setup ;;
  run) shift; run "$@" ;;
  root) echo "$ROOT" ;;
  *) echo "usage: $0 setup | run CMD ... | root" >&2; exit 2 ;;
esac
