"""zoning:conformity in one place: the algorithm (algorithm.py) and its QGIS-side parts: the input
read chunk by chunk (input.py), the output fields (fields.py over core/renderers/conformity_schema.py),
the writer of the two layers (output.py), the log and the HTML report (report.py) with its maps
(map.py), the labels in the UI language (labels.py)."""
from zoning_plugin.algorithms.conformity.algorithm import ConformityAlgorithm  # noqa: F401
