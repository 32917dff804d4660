# The README's two commands: `make demo` (the main job) and `make test`.
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup setup-340 lint docs test test-322 test-340 test-unit demo sample-data validate bench bench-click bench-field bench-overlay bench-dialog bench-postgis hostile package deploy screenshot screenshot-322 translations styles clean

setup:
	@bash scripts/setup.sh

# The QGIS 3.40 LTR chroot (Debian 13), beside the host's 3.22: see scripts/qgis340.sh.
setup-340:
	@bash scripts/qgis340.sh setup

# The whole suite on the host's QGIS 3.22 and in the chroot's 3.40; both run even when the first
# fails, then each run's versions and counts are printed again together.
test: setup setup-340 lint
	@rm -f build/test-322.summary build/test-340.summary; status=0; \
	bash scripts/run_suite.sh 322 $(PY) || status=1; \
	bash scripts/qgis340.sh run bash scripts/run_suite.sh 340 python || status=1; \
	echo "=== make test: both runs ==="; cat build/test-322.summary build/test-340.summary; exit $$status

# pyflakes and flake8-qgis (.flake8): the QGIS plugin conventions, Qt 6's removals
lint: setup
	$(PY) -m flake8 zoning_plugin scripts tests benchmarks tools

test-322: setup
	@bash scripts/run_suite.sh 322 $(PY)

test-340: setup-340
	@bash scripts/qgis340.sh run bash scripts/run_suite.sh 340 python

test-unit: setup
	$(PY) -m pytest -q -p no:qgis -p no:cacheprovider tests/unit

demo: setup
	$(PY) -m zoning_plugin.core demo
	$(PY) scripts/demo_processing.py

validate: setup
	$(PY) -m zoning_plugin.core validate

# docs/processing.md from the algorithms' own help texts and parameters (a test checks it is current)
docs: setup
	$(PY) scripts/algorithm_docs.py

sample-data: setup
	$(PY) tools/sample/build_sample.py

bench: setup
	$(PY) benchmarks/bench_inspect.py

# zoning:conformity through Processing's own dialog on 1,000,000 parcels: the longest event-loop
# stall, the estimate, the time Cancel takes (tests/qgis/test_conformity_dialog.py at that size)
bench-dialog: setup
	ZONING_DIALOG_PARCELS=$${BENCH_DIALOG_PARCELS:-1000000} $(PY) -m pytest -q -s -p no:cacheprovider tests/qgis/test_conformity_dialog.py

# The nine algorithms through qgis_process on hostile input (NaN, 1e200, outputs onto inputs …)
hostile: setup
	$(PY) scripts/hostile_runs.py

clean:
	rm -rf build dist zoning_plugin.zip

# --- styles, package, deploy ---------------------------------------------------------------
# Python for the stdlib-only packaging script: the venv when it exists, else the system python3.
PKG_PY := $(if $(wildcard $(PY)),$(PY),python3)
QGIS_PLUGIN_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins/zoning_plugin

styles: setup
	$(PY) scripts/make_styles.py

package:
	$(PKG_PY) scripts/package.py --output zoning_plugin.zip

deploy:
	$(PKG_PY) scripts/package.py --output zoning_plugin.zip --deploy "$(QGIS_PLUGIN_DIR)"

# --- translations --------------------------------------------------------------------------
# pylupdate5 → zoning_plugin/i18n/*.ts (translate new strings in zoning_plugin_zh_CN.ts), lrelease → .qm
translations: setup
	$(PY) scripts/i18n.py

# A real QGIS window under Xvfb, in QGIS's own Simplified Chinese (zh-Hans), the plugin installed from the package into a fresh
# profile and enabled. `make screenshot`: QGIS 3.40 LTR in the chroot (the version users have) → docs/screenshot.png;
# `make screenshot-322`: the host's 3.22 → docs/screenshot-322.png, where QGIS's python gets the venv's shapely 2
# (Debian 12 ships 1.8). Paths are relative: the chroot sees the project at /project.
SCREEN_LANG ?= zh-Hans
SCREEN_QGIS = timeout 180 xvfb-run -a -s '-screen 0 1600x1000x24' qgis --nologo --noversioncheck --lang $(SCREEN_LANG) \
	--profiles-path $(1) --code scripts/screenshot.py
define screen_profile
	rm -rf $(1) && mkdir -p $(1)/profiles/default/QGIS
	$(PKG_PY) scripts/package.py --output build/zoning_plugin.zip --deploy $(1)/profiles/default/python/plugins/zoning_plugin
	printf '[PythonPlugins]\nzoning_plugin=true\n' > $(1)/profiles/default/QGIS/QGIS3.ini
endef

screenshot: setup-340
	$(call screen_profile,build/qgis-profile-340)
	bash scripts/qgis340.sh run env ZONING_SCREENSHOT=docs/screenshot.png QT_QPA_PLATFORM=xcb \
		$(call SCREEN_QGIS,build/qgis-profile-340)
	@test -s docs/screenshot.png && echo "docs/screenshot.png written (QGIS 3.40)"

screenshot-322: setup
	$(call screen_profile,build/qgis-profile-322)
	ZONING_SCREENSHOT=docs/screenshot-322.png QT_QPA_PLATFORM=xcb \
		PYTHONPATH=$$($(PY) -c "import sysconfig; print(sysconfig.get_paths()['purelib'])") \
		$(call SCREEN_QGIS,build/qgis-profile-322)
	@test -s docs/screenshot-322.png && echo "docs/screenshot-322.png written (QGIS 3.22)"

bench-click: setup
	$(PY) benchmarks/bench_click.py

# The inspection atlas of many sites (zoning:field_package): pages, time per page and per site.
# make bench-field BENCH_SITES=500 for a city's worth of enterprises; out of `make test` (11-35 s).
BENCH_SITES ?= 60
bench-field: setup
	$(PY) benchmarks/bench_field.py --sites $(BENCH_SITES) --repeats $(BENCH_REPEATS)

# Both plan types (Voronoi cells, a 三调-like survey) at 100k and 1M parcels, every path 3 times:
# long (at 1M one run of the core overlay takes a minute or more, QGIS's own path many); the plans
# are made once into build/bench-overlay/ (1M: a few CPU-minutes each). For a quick run:
# make bench-overlay BENCH_SIZES=2000 BENCH_REPEATS=1; BENCH_PLANS=survey for one plan type;
# BENCH_NATIVE_REPEATS=1 to run QGIS's own path once; BENCH_CRS=EPSG:4551 for plans drawn in the
# metric CRS; BENCH_PATHS=floor,overlay,conformity to leave out the other paths; native_all (QGIS's
# own algorithms for every layer conformity answers for, about a minute at 100k) only when named:
# BENCH_PATHS=floor,floor_all,conformity,qgis_copy,native,native_all BENCH_SIZES=100000.
BENCH_SIZES ?= 100000,1000000
BENCH_PLANS ?= voronoi,survey
BENCH_REPEATS ?= 3
BENCH_CRS ?= EPSG:4490
BENCH_PATHS ?= floor,floor_all,overlay,overlay_nobuf,conformity,qgis_copy,native
BENCH_NATIVE_REPEATS ?= $(BENCH_REPEATS)
bench-overlay: setup
	$(PY) benchmarks/bench_overlay.py --plans $(BENCH_PLANS) --sizes $(BENCH_SIZES) --repeats $(BENCH_REPEATS) \
		--native-repeats $(BENCH_NATIVE_REPEATS) --crs $(BENCH_CRS) --paths $(BENCH_PATHS)

# zoning:conformity on a plan in PostGIS, in QGIS vs inside the database (issue 19 §3), in a
# throwaway cluster: make bench-postgis BENCH_SIZES=100000; BENCH_PG_PLAN=survey for the survey plans.
BENCH_PG_PLAN ?= voronoi
BENCH_PG_CRS ?= EPSG:4551
bench-postgis: setup
	$(PY) benchmarks/bench_postgis.py --sizes $(BENCH_SIZES) --plan $(BENCH_PG_PLAN) --crs $(BENCH_PG_CRS)
