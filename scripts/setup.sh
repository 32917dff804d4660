#!/usr/bin/env bash
# Installs what the project needs on Debian 12, skipping whatever is already there. PostgreSQL 15 and
# PostGIS: the PostGIS tests start a throwaway cluster of their own (tests/qgis/postgis_support.py).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="python3-qgis qgis qgis-providers python3-pyproj proj-data python3-venv xvfb xauth fonts-noto-cjk fonts-wqy-microhei poppler-utils qttools5-dev-tools pyqt5-dev-tools zip unzip
 postgresql-15 postgresql-15-postgis-3 python3-psycopg2"
missing=""
for pkg in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv from /usr/bin/python3 (with system site packages, for qgis)"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
stamp=.venv/.requirements.sha
want=$(cat requirements.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
  echo "$want" > "$stamp"
fi
.venv/bin/python -c "import qgis.core, shapely, pyproj, osgeo.ogr" || {
  echo "setup: the venv cannot import qgis, shapely, pyproj and osgeo" >&2; exit 1; }
