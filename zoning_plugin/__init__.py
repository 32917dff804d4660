"""QGIS entry point. Imports stay lazy so QGIS starts fast even when the plugin is enabled."""


def missing_dependency():
    """A one-line message when a library the core needs is absent or too old, else ''."""
    import zoning_plugin.core.proj_data  # noqa: F401  (before pyproj: PROJ must find its data)
    try:
        import shapely
        import pyproj  # noqa: F401
    except ImportError as error:
        return _in_ui_language(f"缺少 Python 库 {error.name}，请先安装：pip install 'shapely>=2.0,<2.1' pyproj",
                               f"the Python library {error.name} is missing: pip install 'shapely>=2.0,<2.1' pyproj")
    if int(shapely.__version__.split(".")[0]) < 2:
        return _in_ui_language(f"需要 shapely 2.0 或更高版本，当前为 {shapely.__version__}："
                               "pip install --user 'shapely>=2.0,<2.1'",
                               f"shapely 2.0 or later is needed, this is {shapely.__version__}: "
                               "pip install --user 'shapely>=2.0,<2.1'")
    return ""


def _in_ui_language(chinese, english):
    """Without the core (a library is missing) the text follows QGIS's UI language directly."""
    from zoning_plugin.gui.language import CHINESE, qgis_ui_locale, translation_for
    return chinese if translation_for(qgis_ui_locale()) == CHINESE else english


def _name():
    return _in_ui_language("生态环境分区管控", "Ecological zoning control")


class MissingDependencyPlugin:
    """Stands in for the plugin when a dependency is missing: says so once, does nothing else."""

    def __init__(self, iface, message):
        self.iface = iface
        self.message = message

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis, QgsMessageLog
        QgsMessageLog.logMessage(self.message, _name(), Qgis.Critical)
        self.iface.messageBar().pushMessage(_name(), self.message, Qgis.Critical, 0)

    def initProcessing(self):  # noqa: N802 (QGIS API: qgis_process calls it without initGui)
        from qgis.core import Qgis, QgsMessageLog
        QgsMessageLog.logMessage(self.message, _name(), Qgis.Critical)

    def unload(self):
        pass


def classFactory(iface):  # noqa: N802 (QGIS API name)
    message = missing_dependency()
    if message:
        return MissingDependencyPlugin(iface, message)
    from zoning_plugin.plugin import ZoningPlugin
    # QGIS's unloadPlugin() removes the modules its import hook saw imported by name: a package
    # imported only as the parent of one of its modules would stay behind in sys.modules.
    from zoning_plugin import algorithms, gui, printing  # noqa: F401
    from zoning_plugin.core import dataset, engine, importers, renderers, screening, versions  # noqa: F401
    return ZoningPlugin(iface)
