"""Whether the doubts go to the bureau (issue 19 §4): with a dataset in PostGIS whose schema has the
doubts table, "this result looks wrong" is sent there and the doubts dialog lists the bureau's rows;
otherwise they stay in the user's own file (doubts_dialog.py)."""
from zoning_plugin.core.postgis.doubts import has_doubts_table


def central_dataset(dataset):
    """The PostgisDataset whose schema collects doubts, or None."""
    if dataset is None or not hasattr(dataset, "published"):
        return None
    return dataset if has_doubts_table(dataset.source) else None
