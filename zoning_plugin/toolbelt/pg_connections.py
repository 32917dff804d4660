"""QGIS's saved PostgreSQL connections for the PostGIS dataset (issue 19): the plugin stores only a
connection's name; its credentials are resolved here, in memory, from QGIS's auth manager (authcfg)
or a pg_service entry, when a connection is opened, and never written into settings, projects or logs.

Registered with the core at import (core.postgis.set_conninfo_resolver)."""
from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry

from zoning_plugin.core.errors import DatasetError
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import set_conninfo_resolver


def connection_names():
    """The names of QGIS's saved PostgreSQL connections."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections(False)) if metadata is not None else []


def saved_uri(name):
    """The QgsDataSourceUri of a saved connection, with its authcfg as a reference (not expanded)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name, False) if metadata is not None else None
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        raise DatasetError(say(f"QGIS 中没有名为“{name}”的 PostgreSQL 连接", f"QGIS has no PostgreSQL connection named “{name}”"))
    return QgsDataSourceUri(connection.uri())


def conninfo(name):
    """The libpq connection string of a saved connection, the auth manager's credentials expanded
    (QgsDataSourceUri.connectionInfo(True), as QGIS's own provider connects)."""
    return saved_uri(name).connectionInfo(True)


def layer_uri(name, schema, table, subset):
    """A postgres provider URI of one published table, by the connection's own parameters: an authcfg
    or a service stays a reference, so a project saves no password the connection did not hold."""
    uri = saved_uri(name)
    uri.setDataSource(schema, table, "geom", subset, "id")
    return uri.uri(False)


set_conninfo_resolver(conninfo)


def postgis_layer(dataset, table, subset, name):
    """A read-only postgres layer of one table of a PostgisDataset's published version (`subset`: the
    file layer's filter, in SQL both understand)."""
    from qgis.core import QgsVectorLayer
    version = f'"dataset_version" = {int(dataset.published[0])}'
    where = f"{version} AND ({subset})" if subset else version
    source = dataset.source
    return QgsVectorLayer(layer_uri(source.connection, source.schema, table, where), name, "postgres")
