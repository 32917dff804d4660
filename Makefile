# The README's two commands: `make demo` (the main job) and `make test`.
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup test test-unit test-qgis demo sample-data validate bench package deploy screenshot translations clean

setup:
	@bash scripts/setup.sh

test: setup
	$(PY) -m pytest -q -p no:qgis -p no:cacheprovider tests/unit
	$(PY) -m pytest -q -p no:cacheprovider tests/qgis

test-unit: setup
	$(PY) -m pytest -q -p no:qgis -p no:cacheprovider tests/unit

demo: setup
	$(PY) -m zoning_plugin.core demo

validate: setup
	$(PY) -m zoning_plugin.core validate

sample-data: setup
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-build.txt
	$(PY) zoning_plugin/resources/sample/build_sample.py

bench: setup
	$(PY) benchmarks/bench_inspect.py

clean:
	rm -rf build dist zoning_plugin.zip

# --- styles, package, deploy ---------------------------------------------------------------
.PHONY: styles
# Python for the stdlib-only packaging script: the venv when it exists, else the system python3.
PKG_PY := $(if $(wildcard $(PY)),$(PY),python3)
QGIS_PLUGIN_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins/zoning_plugin

styles: setup
	$(PY) scripts/make_styles.py

package:
	$(PKG_PY) scripts/package.py --output zoning_plugin.zip

deploy:
	$(PKG_PY) scripts/package.py --output zoning_plugin.zip --deploy "$(QGIS_PLUGIN_DIR)"
