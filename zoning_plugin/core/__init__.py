"""Core of the zoning plugin: no qgis, no Qt. `open_dataset()` then `dataset.inspect(geometry, crs)`."""
import zoning_plugin.core.proj_data  # noqa: F401  (first: tells PROJ where its data is)
from zoning_plugin.core.dataset.reader import SAMPLE_DATASET_PATH, Dataset, open_dataset
from zoning_plugin.core.errors import CatalogueError, CRSError, DatasetError, InputError, ZoningError
from zoning_plugin.core.result import InspectResult

__all__ = ["open_dataset", "Dataset", "InspectResult", "SAMPLE_DATASET_PATH", "ZoningError",
           "InputError", "CRSError", "DatasetError", "CatalogueError"]
