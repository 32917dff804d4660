"""QGIS entry point. Imports stay lazy so QGIS starts fast even when the plugin is enabled."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from zoning_plugin.plugin import ZoningPlugin
    return ZoningPlugin(iface)
