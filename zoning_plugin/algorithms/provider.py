"""The Processing provider `zoning` (生态环境分区管控): registered by the plugin's initProcessing()."""
from zoning_plugin.core.resource_paths import PROVIDER_ICON

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

ICON = PROVIDER_ICON


class ZoningProvider(QgsProcessingProvider):
    def tr(self, message):
        return QCoreApplication.translate("ZoningProvider", message)

    def id(self):  # noqa: A003 (QGIS API)
        return "zoning"

    def name(self):
        return self.tr("Ecological zoning control")

    def longName(self):  # noqa: N802 (QGIS API)
        return self.tr("Ecological zoning control (三线一单)")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return ICON

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        from zoning_plugin.algorithms.build_buffers import BuildBuffersAlgorithm
        from zoning_plugin.algorithms.compare_versions import CompareVersionsAlgorithm
        from zoning_plugin.algorithms.conformity import ConformityAlgorithm
        from zoning_plugin.algorithms.field_package import FieldPackageAlgorithm
        from zoning_plugin.algorithms.import_dataset import ImportDatasetAlgorithm
        from zoning_plugin.algorithms.publish_postgis import PublishPostgisAlgorithm
        from zoning_plugin.algorithms.read_land_txt import ReadLandTxtAlgorithm
        from zoning_plugin.algorithms.site_report import SiteReportAlgorithm
        from zoning_plugin.algorithms.screen_list import ScreenListAlgorithm
        from zoning_plugin.algorithms.screen_project import ScreenProjectAlgorithm
        from zoning_plugin.algorithms.write_land_txt import WriteLandTxtAlgorithm
        for algorithm in (BuildBuffersAlgorithm(), ScreenProjectAlgorithm(), ScreenListAlgorithm(),
                          SiteReportAlgorithm(), ReadLandTxtAlgorithm(), WriteLandTxtAlgorithm(), ConformityAlgorithm(),
                          ImportDatasetAlgorithm(), FieldPackageAlgorithm(), CompareVersionsAlgorithm(),
                          PublishPostgisAlgorithm()):
            self.addAlgorithm(algorithm)
