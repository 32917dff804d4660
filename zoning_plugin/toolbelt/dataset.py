"""The dataset the user chose, opened with the user's options: one way for the panel, the locator,
the expression functions and every algorithm, so that they all see the same rules and buffers."""
from zoning_plugin.core import open_dataset
from zoning_plugin.toolbelt.settings import ZoningSettings


def user_dataset(path=None, settings=None):
    """The zoning dataset at `path` (else the one `settings` choose, else the saved settings' one,
    else the bundled sample), opened with the options of `settings` (else the saved ones)."""
    settings = settings or ZoningSettings.load()
    return open_dataset(path or settings.dataset_path or None,
                        buffers_in_all_basins=settings.buffers_in_all_basins)
