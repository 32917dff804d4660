#!/usr/bin/env bash
# The whole suite (unit tests, then QGIS tests) with one Python, on the host or in the 3.40 chroot:
#   scripts/run_suite.sh NAME PYTHON
# prints which QGIS, GDAL, shapely and Python the run used and writes one summary line with its
# pytest counts to build/test-NAME.summary (make test prints both runs' lines at the end).
set -uo pipefail
cd "$(dirname "$0")/.."
name=$1 py=$2
mkdir -p build
summary=build/test-$name.summary
log=build/test-$name.log
versions=$("$py" -c '
import platform
from osgeo import gdal
from qgis.core import Qgis
import numpy, shapely
print(f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, shapely {shapely.__version__}, "
      f"numpy {numpy.__version__}, Python {platform.python_version()}")') || {
  echo "test-$name: cannot import QGIS, GDAL and shapely with $py" | tee "$summary" >&2; exit 1; }
echo "=== test-$name: $versions ==="
: > "$log"
"$py" -m pytest -q -p no:qgis -p no:cacheprovider tests/unit 2>&1 | tee -a "$log"
unit_status=$?
unit=$(grep -E '^=*\s*[0-9]+ (passed|failed|error)|^[0-9]+ (passed|failed)|no tests ran' "$log" | tail -n1)
"$py" -m pytest -q -p no:cacheprovider tests/qgis 2>&1 | tee -a "$log"
qgis_status=$?
qgis=$(grep -E '^=*\s*[0-9]+ (passed|failed|error)|^[0-9]+ (passed|failed)|no tests ran' "$log" | tail -n1)
status=OK
[ "$unit_status" -eq 0 ] && [ "$qgis_status" -eq 0 ] || status=FAILED
echo "test-$name $status: $versions; unit: ${unit//=/} ; qgis: ${qgis//=/}" | tr -s ' ' | tee "$summary"
[ "$status" = OK ]
