"""The QGIS side's shared helpers, one home each: the user's settings and dataset, geometry and CRS
conversion, translation, the log, attribute values. The core (no QGIS) has its own: core/outputs.py
for files, core/resource_paths.py for the plugin's files."""
# First: registers the UI language with the core's messages, whatever part of the toolbelt is asked.
from zoning_plugin.toolbelt import i18n  # noqa: F401,E402
