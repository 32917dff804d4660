#!/usr/bin/env python3
"""The Processing part of `make demo`, headless: the conformity analysis of the sample land-use plan,
the screening of the five sample project sites and, when the tree has it, the site report of the
first site. Writes out/conformity.gpkg, out/report.html, out/screening.json and out/site_report.pdf,
and prints a short table of each.

    .venv/bin/python scripts/demo_processing.py [--out DIR]

Starts QgsApplication offscreen, initialises Processing, registers the plugin's provider and runs
the algorithms as a user's model or qgis_process would."""
import argparse
import json
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_DIR = os.path.join(REPO, "zoning_plugin", "resources", "sample")
PLAN = os.path.join(SAMPLE_DIR, "sample_plan.gpkg")
sys.path.insert(0, REPO)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")) and os.path.isdir("/usr/share/proj"):
    os.environ["PROJ_DATA"] = "/usr/share/proj"

from processing_app import start_processing, stop_processing  # noqa: E402
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer  # noqa: E402


class LineFeedback(QgsProcessingFeedback):
    """One progress line per step, rewritten in place; errors kept for the summary."""

    def __init__(self, step):
        super().__init__()
        self.step, self.errors, self.started = step, [], time.time()
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if sys.stdout.isatty():     # a log file gets the last line only
            print(f"\r  {self.step} … {value:5.1f} %  ({time.time() - self.started:4.1f} s)", end="", flush=True)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        pass

    def done(self):
        end = "\r" if sys.stdout.isatty() else ""
        print(f"{end}  {self.step} … 100 %, {time.time() - self.started:.1f} s" + " " * 20, flush=True)


def run(algorithm_id, parameters, step):
    from qgis import processing
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    names = {p.name() for p in algorithm.parameterDefinitions()}
    feedback = LineFeedback(step)
    result = processing.run(algorithm_id, {k: v for k, v in parameters.items() if k in names}, feedback=feedback)
    feedback.done()
    return result, feedback


def conformity(out):
    target = os.path.join(out, "conformity.gpkg")
    if os.path.exists(target):
        os.remove(target)
    result, feedback = run("zoning:conformity", {
        "INPUT": f"{PLAN}|layername=plan_parcels", "ID_FIELD": "地块编号", "MIN_AREA": 1.0,
        "OUTPUT": f"ogr:dbname='{target}' table=\"plan_conformity\" (geom)",
        "OUTPUT_UNITS": f"ogr:dbname='{target}' table=\"plan_units\"",
        "OUTPUT_HTML": os.path.join(out, "report.html")}, "符合性分析 zoning:conformity")
    layer = QgsVectorLayer(f"{target}|layername=plan_conformity", "conformity", "ogr")
    classes = [(name, name[:2] + "面积") for name in ("优先保护", "重点管控", "一般管控")]
    areas = {}
    for feature in layer.getFeatures():
        row = areas.setdefault(feature["片区"], [0, 0.0] + [0.0] * len(classes) + [0.0])
        row[0] += 1
        row[1] += feature["面积"] or 0.0
        for n, (_name, field) in enumerate(classes):
            row[2 + n] += feature[field] or 0.0
        row[-1] += feature["缓冲区面积"] or 0.0
    print(f"\n  {len(layer)} 个地块；涉及优先保护单元 {result['PRIORITY']} 个，涉及河流生态缓冲区 {result['BUFFER']} 个（公顷）")
    head = [("片区", 14), ("地块", 6)] + [(h, 10) for h in ["面积"] + [n for n, _f in classes] + ["缓冲区"]]
    print("  " + "".join(_pad(text, width, right=i > 0) for i, (text, width) in enumerate(head)))
    total = [0, 0.0] + [0.0] * (len(classes) + 1)
    for name, row in list(areas.items()) + [("合计", None)]:
        if row is None:
            row = total
        else:
            total = [t + v for t, v in zip(total, row)]
        hectares = "".join(_pad(f"{v / 1e4:,.2f}", 10, True) for v in row[1:])
        print("  " + _pad(name, 14) + _pad(str(row[0]), 6, True) + hectares)
    for feature in layer.getFeatures():
        if feature["市域外面积"]:
            print(f"  {feature['地块编号']} {feature['用地名称']}：{feature['提示']}，市域外 {feature['市域外面积']:,.0f} m²")
    for error in feedback.errors[:5]:
        print(f"  注意：{error}")
    print(f"  → {target}\n  → {result['OUTPUT_HTML']}")


def _pad(text, width, right=False):
    """`text` padded to `width` terminal columns (CJK characters take two)."""
    space = " " * max(width - len(str(text)) - _wide(text), 1 if right else 0)
    return space + str(text) if right else str(text) + space


def _wide(text):
    """How many more columns than characters `text` takes (CJK characters are two wide)."""
    return sum(1 for ch in str(text) if ord(ch) > 0x2E80)


def screening(out):
    from zoning_plugin.core import open_dataset
    from zoning_plugin.core.screening.screen import screen
    from zoning_plugin.toolbelt.geometry import crs_text, to_shapely
    dataset = open_dataset()
    layer = QgsVectorLayer(f"{PLAN}|layername=project_sites", "sites", "ogr")
    results = []
    print(f"\n  项目准入研判（{dataset.title}，版本 {dataset.version}；辅助研判，非审批结论）")
    print("  " + "".join(_pad(t, w) for t, w in (("项目", 32), ("行业", 7), ("燃煤锅炉", 10), ("研判", 12))) + "触发的规则")
    for feature in layer.getFeatures():
        boiler = feature["锅炉蒸吨"]
        boiler = None if boiler is None or str(boiler) == "NULL" else float(boiler)
        outcome = screen(dataset, to_shapely(feature.geometry()), crs_text(layer.crs()), feature["行业代码"],
                         boiler, feature["备注"] or "")
        results.append({"site": feature["项目名称"], **outcome.to_dict()})
        rules = "；".join(f"{c.rule.title}（{c.rule.verdict}）" for c in outcome.hits) or "—"
        tph = f"{boiler:g} t/h" if boiler else "—"
        cells = ((feature["项目名称"], 32), (feature["行业代码"], 7), (tph, 10), (outcome.verdict or "市域外", 12))
        print("  " + "".join(_pad(t, w) for t, w in cells) + rules)
    target = os.path.join(out, "screening.json")
    with open(target, "w", encoding="utf-8") as stream:
        json.dump(results, stream, ensure_ascii=False, indent=2)
    print(f"  → {target}")
    return layer


def site_report(out, sites):
    if QgsApplication.processingRegistry().algorithmById("zoning:site_report") is None:
        print("\n  zoning:site_report is not in this tree: out/site_report.pdf not written.")
        return
    first = next(sites.getFeatures())
    layer = QgsVectorLayer(f"{PLAN}|layername=project_sites|subset=fid = {first.id()}", "site", "ogr")
    result, feedback = run("zoning:site_report", {
        "INPUT": layer, "TITLE": first["项目名称"], "INDUSTRY_CODE": first["行业代码"], "INDUSTRY": first["行业代码"],
        "OUTPUT_PDF": os.path.join(out, "site_report.pdf")}, "项目选址报告 zoning:site_report")
    for error in feedback.errors[:3]:
        print(f"  注意：{error}")
    if result.get("OUTPUT_PDF"):
        print(f"  {first['项目名称']}：{result.get('PAGES')} 页\n  → {result['OUTPUT_PDF']}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(REPO, "out"))
    parser.add_argument("--lang", default="zh_CN", help="the plugin's UI language for field texts and the report")
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    application, provider = start_processing(language=args.lang)
    print("=" * 78)
    print("■ 示例土地利用规划的符合性分析与项目准入研判（Processing，无界面）")
    print("=" * 78)
    conformity(args.out)
    site_report(args.out, screening(args.out))
    stop_processing(provider)
    application.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
