"""zoning:publish_postgis 发布数据集到 PostGIS (issue 19): a dataset GeoPackage into a schema of a
saved QGIS PostgreSQL connection, as a new version beside the old ones, in one transaction. Thin:
core/postgis/publish.py does the work; the connection's credentials are resolved in memory
(toolbelt/pg_connections.py), never logged."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterDatabaseSchema, QgsProcessingParameterFile,
                       QgsProcessingParameterProviderConnection)

from zoning_plugin.algorithms.base import PreparationGroup, ZoningAlgorithm
from zoning_plugin.core.postgis.publish import publish


class PublishPostgisAlgorithm(PreparationGroup, ZoningAlgorithm):
    INPUT = "INPUT"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    VERSION = "VERSION"

    def name(self):
        return "publish_postgis"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Publish the dataset to PostGIS")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes a zoning dataset GeoPackage into a schema of a PostgreSQL database with PostGIS, chosen among "
            "QGIS's saved connections: the same tables and fields as the file, in EPSG:4490, with spatial indexes "
            "and a copy of the control units subdivided for overlays (ST_Subdivide, 256 vertices). The schema is "
            "created or upgraded by numbered migrations. Publishing again writes a new version beside the old "
            "ones; the plugin reads the latest. All of it is written in one transaction: a failure writes nothing. "
            "The role of the connection needs the right to create tables; the password stays in QGIS's "
            "authentication manager or the pg_service file.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Zoning dataset (GeoPackage)"),
                                                     extension="gpkg"))
        self.addParameter(QgsProcessingParameterProviderConnection(self.CONNECTION, self.tr("PostgreSQL connection"),
                                                                   "postgres"))
        self.addParameter(QgsProcessingParameterDatabaseSchema(self.SCHEMA, self.tr("Schema"), self.CONNECTION,
                                                               defaultValue="zoning"))
        self.addOutput(QgsProcessingOutputNumber(self.VERSION, self.tr("Published version")))

    def process(self, parameters, context, feedback):
        import zoning_plugin.toolbelt.pg_connections  # noqa: F401  (resolves the connection's credentials)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context)
        version = publish(connection, schema, path, log=feedback.pushInfo)
        feedback.pushInfo(self.tr("Published as version {0} in the schema {1} of the connection “{2}”.").format(
            version, schema, connection))
        return {self.VERSION: version}
