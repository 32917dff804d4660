"""A QGIS application with Processing and the zoning provider, for the scripts and benchmarks that
run the algorithms outside QGIS (docs pictures, the demo, the benchmarks): one way to start it.

    app, provider = start_processing(language="en")   # the plugin's texts in that language
    ...
    stop_processing(provider)
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start_processing(language=None, zoning=True, native=False):
    """(QgsApplication, the zoning provider or None). `language`: install the plugin's translation
    (as a QGIS in that language shows its texts); `native`: also QGIS's own algorithms."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    app = QgsApplication([], False)
    app.initQgis()
    if language:
        translator = QTranslator(app)
        if translator.load(os.path.join(ROOT, "zoning_plugin", "i18n", f"zoning_plugin_{language}.qm")):
            QCoreApplication.installTranslator(translator)
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))   # Processing's package
    from processing.core.Processing import Processing
    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if native and registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms
        registry.addProvider(QgsNativeAlgorithms())
    provider = None
    if zoning:
        from zoning_plugin.algorithms.provider import ZoningProvider
        provider = ZoningProvider()
        registry.addProvider(provider)
    return app, provider


def stop_processing(provider):
    from qgis.core import QgsApplication
    if provider is not None:
        QgsApplication.processingRegistry().removeProvider(provider)
