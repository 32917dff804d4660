"""The dataset the user chose, opened with the user's options: one way for the panel, the locator,
the expression functions and every algorithm, so that they all see the same rules and buffers."""
from zoning_plugin.core import open_dataset
from zoning_plugin.core.errors import InputError
from zoning_plugin.core.messages import say
from zoning_plugin.core.postgis import PostgisSource
from zoning_plugin.core.postgis.versions import PublishedVersion, published_versions
from zoning_plugin.core.versions.in_force import IN_FORCE, parse_date, version_in_force
from zoning_plugin.toolbelt.settings import ZoningSettings


def user_dataset(path=None, settings=None):
    """The zoning dataset at `path` (else the one `settings` choose: a GeoPackage or a PostGIS schema
    of a saved connection; else the saved settings' one, else the bundled sample), opened with the
    options of `settings` (else the saved ones)."""
    settings = settings or ZoningSettings.load()
    return open_dataset(path or settings.dataset_source(),
                        buffers_in_all_basins=settings.buffers_in_all_basins)


def user_dataset_or_none():
    """The user's dataset, or None when it cannot be opened: for those that have nothing to say
    without it (the locator's worker thread finds nothing, the doubts file names no dataset)."""
    try:
        return user_dataset()
    except Exception:   # any failure: the caller shows nothing rather than an error
        return None


class NotInForce(InputError):
    """No dataset of the user's was in force on the date asked (one line: when and why not)."""


def candidates(sources, buffers_in_all_basins=None):
    """What the version in force is chosen among for `sources` (open_dataset() sources): a Dataset
    opened with the option given for a GeoPackage, every published version (PublishedVersion, its
    layers not read) of a PostGIS schema that names no version of its own."""
    found = []
    for source in sources:
        if isinstance(source, PostgisSource) and source.version is None:
            found.extend(published_versions(source))
        else:
            found.append(open_dataset(source, buffers_in_all_basins=buffers_in_all_basins))
    return found


def dataset_in_force(date, path=None, settings=None):
    """(Dataset, InForce) of the dataset in force on `date` (text YYYY-MM-DD or a date): among every
    dataset the user listed (ZoningSettings.all_sources(): the active one, the others, each version
    published in a PostGIS schema), or, with `path`, that dataset alone, checked against its own
    dates. NotInForce with the reason (before the first, in a gap, after the last ended, two in
    force) when there is none; InputError for a date that cannot be read."""
    day = parse_date(date)     # a bad date is the first thing to fix, before any dataset is opened
    settings = settings or ZoningSettings.load()
    buffers = settings.buffers_in_all_basins
    chosen = version_in_force(candidates([path] if path else settings.all_sources(), buffers), day)
    if chosen.reason != IN_FORCE:
        message = say("；", "; ").join([chosen.message, *chosen.left_out])
        if path:
            raise NotInForce(say(f"所给的分区管控数据集在 {day} 不施行：{message}",
                                 f"the zoning dataset given was not in force on {day}: {message}"))
        raise NotInForce(message)
    item = chosen.dataset
    if isinstance(item, PublishedVersion):      # only its dates were read: now its layers
        return open_dataset(item.source, buffers_in_all_basins=buffers), chosen
    return item, chosen
