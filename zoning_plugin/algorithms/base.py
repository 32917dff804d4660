"""What every algorithm of the `zoning` provider shares: translation and createInstance()."""
from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication


class ZoningAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms.

    pylupdate5 files a `self.tr("…")` call under the name of the class it is written in, so tr()
    looks a message up under the algorithm's class, then under each base class: a string written
    in this class is found by every subclass, and `make translations` needs no extra context."""

    def tr(self, message):
        for cls in type(self).__mro__:
            if cls is QgsProcessingAlgorithm:
                break
            translated = QCoreApplication.translate(cls.__name__, message)
            if translated != message:
                return translated
        return message

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()
