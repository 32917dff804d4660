"""Files QGIS writes that the project commits (the QML styles, the layout templates). They are made
on QGIS 3.22, the host's (`make styles`, scripts/make_layouts.py, scripts/make_field_layout.py),
and there a test compares them byte for byte with what their generator writes. Another QGIS (3.40
in the chroot) writes other bytes for the same thing, and reads a 3.22 file into other values than
its own generator sets where 3.22 had no such setting (a legend's line spacing, a scale bar's
method, category uuids), so there the test compares what matters, as that QGIS reads both files:
for a style every rule and category (value, filter, label, scales) with its symbol layers' classes
and properties, and the labels (expression, font, size, colour, placement, scales); for a layout
every item the plugin finds by id: its type, page, position and size, a label's text and font, a
map's CRS, the HTML frames. A committed file that says something else than its generator (another
colour, label, item, position …) fails on both."""
import os
import subprocess
import sys

from qgis.core import (Qgis, QgsLayoutFrame, QgsLayoutItemLabel, QgsLayoutItemMap, QgsMapLayer, QgsPrintLayout,
                       QgsProject, QgsReadWriteContext)
from qgis.PyQt.QtXml import QDomDocument

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMMITTED_WITH = "3.22"
STYLE_CATEGORIES = QgsMapLayer.StyleCategories(QgsMapLayer.Symbology | QgsMapLayer.Labeling)


def committing_version():
    """Whether this QGIS is the one that writes the committed files."""
    return Qgis.QGIS_VERSION.startswith(COMMITTED_WITH + ".")


def _symbol(symbol):
    if symbol is None:
        return None
    return [(layer.layerType(), sorted((k, str(v)) for k, v in layer.properties().items()))
            for layer in symbol.symbolLayers()]


def _rule(rule):
    return (rule.label(), rule.filterExpression(), rule.minimumScale(), rule.maximumScale(), rule.active(),
            _symbol(rule.symbol()), [_rule(child) for child in rule.children()])


def _label_settings(settings):
    fmt = settings.format()
    return (settings.fieldName, settings.isExpression, int(settings.placement), settings.scaleVisibility,
            settings.minimumScale, settings.maximumScale, fmt.font().family(), fmt.font().bold(), fmt.size(),
            fmt.color().name(), fmt.opacity(), fmt.buffer().enabled(), fmt.buffer().size())


def style_summary(path, layer):
    """What the QML at `path` gives `layer` in this QGIS."""
    message, ok = layer.loadNamedStyle(str(path), STYLE_CATEGORIES)
    assert ok, message
    renderer = layer.renderer()
    summary = [renderer.type()]
    if hasattr(renderer, "rootRule"):
        summary.append(_rule(renderer.rootRule()))
    if hasattr(renderer, "categories"):
        summary.append((renderer.classAttribute(),
                        [(c.value(), c.label(), c.renderState(), _symbol(c.symbol())) for c in renderer.categories()]))
    if hasattr(renderer, "symbol") and renderer.type() == "singleSymbol":
        summary.append(_symbol(renderer.symbol()))
    labeling = layer.labeling()
    summary.append((layer.labelsEnabled(), labeling.type() if labeling else None,
                    _label_settings(labeling.settings()) if labeling and labeling.type() == "simple" else None))
    return summary


def _rounded(rect):
    return tuple(round(v, 2) for v in (rect.x(), rect.y(), rect.width(), rect.height()))


def layout_summary(path):
    """What the layout template at `path` holds in this QGIS: the items with an id."""
    document = QDomDocument()
    with open(path, encoding="utf-8") as f:
        assert document.setContent(f.read())[0]
    project = QgsProject()
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    summary = [layout.pageCollection().pageCount()]
    for item in sorted((i for i in layout.items() if getattr(i, "id", lambda: "")()), key=lambda i: i.id()):
        entry = [item.id(), item.type(), item.page(), _rounded(item.sceneBoundingRect())]
        if isinstance(item, QgsLayoutItemLabel):
            entry += [item.text(), item.mode(), item.font().family(), item.font().pointSizeF(), item.font().bold()]
        if isinstance(item, QgsLayoutItemMap):
            entry += [item.crs().authid(), len(item.grids().asList())]
        if isinstance(item, QgsLayoutFrame):
            entry += [type(item.multiFrame()).__name__, len(item.multiFrame().frames())]
        summary.append(entry)
    del layout   # before its project
    del project
    return summary


def assert_template_is_what_its_script_makes(script, name, tmp_path):
    """scripts/`script` writes the committed zoning_plugin/resources/layouts/`name` (.qpt)."""
    built = tmp_path / name
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_HASH_SEED="0")
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", script), str(built)], env=env,
                   check=True, capture_output=True)
    committed = os.path.join(REPO, "zoning_plugin", "resources", "layouts", name)
    message = f"run scripts/{script} and commit the template"
    if committing_version():
        with open(committed, encoding="utf-8") as a, open(built, encoding="utf-8") as b:
            assert a.read() == b.read(), message
    else:
        assert layout_summary(committed) == layout_summary(built), message
