"""The import rules (import_rules.py): the plugin keeps them, and the checker finds each kind of
offence, with its module and line, in a small tree written by the test."""
import os
import textwrap

from import_rules import violations, widget_modules, package_modules

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_plugin_keeps_its_import_rules():
    found = violations(REPO)
    assert not found, "\n".join(found)


def write_tree(root, files):
    for path, text in files.items():
        target = root / "zoning_plugin" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text), encoding="utf-8")


CLEAN = {
    "__init__.py": """
        def classFactory(iface):
            from zoning_plugin.plugin import Plugin   # QGIS's side: runs in QGIS only
            return Plugin(iface)
        """,
    "plugin.py": "from zoning_plugin.gui.dock import Dock\n",
    "core/__init__.py": "from zoning_plugin.core.engine import run\n",
    "core/engine.py": "import shapely\n\n\ndef run():\n    from . import helpers\n    return helpers\n",
    "core/helpers.py": "",
    "gui/__init__.py": "",
    "gui/dock.py": "from qgis.PyQt.QtWidgets import QDockWidget\n\n\nclass Dock(QDockWidget):\n    pass\n",
    "gui/labels.py": "from qgis.core import QgsApplication\n",
    "algorithms/__init__.py": "",
    "algorithms/conformity.py": "from qgis.core import QgsProcessingAlgorithm\nfrom zoning_plugin.gui.labels import x\n",
    "printing/__init__.py": "",
    "printing/layout.py": "from qgis.PyQt.QtGui import QFont\nfrom zoning_plugin.core import run\n",
    "toolbelt/__init__.py": "",
    "toolbelt/log.py": "from qgis.core import QgsMessageLog\n",
}


def test_a_clean_tree_has_no_violations_and_its_dock_is_a_widget_module(tmp_path):
    write_tree(tmp_path, CLEAN)
    assert violations(str(tmp_path)) == []
    assert widget_modules(package_modules(str(tmp_path))) == {"zoning_plugin.gui.dock"}


def test_qgis_or_qt_in_core_is_found_at_its_line_even_inside_a_function(tmp_path):
    write_tree(tmp_path, {**CLEAN, "core/helpers.py": """
        import os


        def shown():
            from qgis.PyQt.QtCore import QCoreApplication
            return QCoreApplication
        """, "core/engine.py": "import sip\nfrom zoning_plugin.toolbelt.log import x\n"})
    found = violations(str(tmp_path))
    assert any(f.startswith(os.path.join("zoning_plugin", "core", "helpers.py") + ":6: imports qgis.PyQt.QtCore")
               for f in found), found
    assert any(f.startswith(os.path.join("zoning_plugin", "core", "engine.py") + ":1: imports sip") for f in found)
    assert any(f.startswith(os.path.join("zoning_plugin", "core", "engine.py") + ":2: imports zoning_plugin.toolbelt.log")
               for f in found), found
    assert len(found) == 3, found


def test_the_package_init_may_not_import_qgis_at_its_top(tmp_path):
    write_tree(tmp_path, {**CLEAN, "__init__.py": "from qgis.core import Qgis\n"})
    assert violations(str(tmp_path)) == [
        os.path.join("zoning_plugin", "__init__.py") + ":1: imports qgis.core (core/ imports no qgis and no Qt)"]


def test_widgets_in_algorithms_and_printing_are_found_directly_and_through_another_module(tmp_path):
    write_tree(tmp_path, {**CLEAN,
                          "algorithms/conformity.py": "\n\ndef ask():\n    from qgis.PyQt.QtWidgets import QFileDialog\n",
                          "gui/labels.py": "from zoning_plugin.gui import dock\n",
                          "printing/layout.py": "from zoning_plugin.gui.labels import x\n",
                          "printing/report.py": "from ..gui.dock import Dock\n"})
    found = violations(str(tmp_path))
    conformity = os.path.join("zoning_plugin", "algorithms", "conformity.py")
    layout = os.path.join("zoning_plugin", "printing", "layout.py")
    report = os.path.join("zoning_plugin", "printing", "report.py")
    assert any(f.startswith(f"{conformity}:4: imports widgets") and "QtWidgets" in f for f in found), found
    assert any(f.startswith(f"{layout}:1: imports widgets") and "gui/labels.py:1" in f.replace(os.sep, "/")
               for f in found), found
    assert any(f.startswith(f"{report}:1: imports widgets") and "zoning_plugin.gui.dock" in f for f in found), found
    assert len(found) == 3, found


def test_gui_in_the_toolbelt_is_found(tmp_path):
    write_tree(tmp_path, {**CLEAN, "toolbelt/log.py": "import os\n\n\ndef f():\n    import zoning_plugin.gui.labels\n"})
    assert violations(str(tmp_path)) == [
        os.path.join("zoning_plugin", "toolbelt", "log.py") + ":5: imports zoning_plugin.gui.labels "
        "(toolbelt/ imports nothing of gui/)"]
