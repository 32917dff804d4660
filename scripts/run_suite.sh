#!/usr/bin/env bash
# The whole suite (unit tests, then QGIS tests) with one Python, on the host or in the 3.40 chroot:
#   scripts/run_suite.sh NAME PYTHON
# prints which QGIS, GDAL, shapely and Python the run used and writes one summary line with its
# pytest counts to build/test-NAME.summary (make test prints both runs' lines at the end); the
# output is in build/test-NAME-unit.log and build/test-NAME-qgis.log too.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
name=$1 py=$2
mkdir -p build
summary=build/test-$name.summary
versions=$("$py" -c '
import platform
from osgeo import gdal
from qgis.core import Qgis
import numpy, shapely
print(f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, shapely {shapely.__version__}, "
      f"numpy {numpy.__version__}, Python {platform.python_version()}")') || {
  echo "test-$name: cannot import QGIS, GDAL and shapely with $py" | tee "$summary" >&2; exit 1; }
echo "=== test-$name: $versions ==="

# pytest's closing line ("N passed, M failed … in S s"), or that there was none (a crash)
counts() {
  grep -E '^=* *[0-9]+ (passed|failed|errors?|skipped|deselected)|no tests ran' "$1" | tail -n1 | tr -d '=' \
    | sed 's/^ *//; s/ *$//' | grep . || echo "no result line: see $1"
}

"$py" -m pytest -q -p no:qgis -p no:cacheprovider tests/unit 2>&1 | tee "build/test-$name-unit.log"
unit_status=$?
"$py" -m pytest -q -rs -p no:cacheprovider tests/qgis 2>&1 | tee "build/test-$name-qgis.log"
qgis_status=$?
status=OK
[ "$unit_status" -eq 0 ] && [ "$qgis_status" -eq 0 ] || status=FAILED
echo "test-$name $status: $versions; unit: $(counts "build/test-$name-unit.log"); qgis: $(counts "build/test-$name-qgis.log")" \
  | tee "$summary"
[ "$status" = OK ]
