"""Typed errors of the core. Each carries one line a user can read (Chinese first)."""


class ZoningError(Exception):
    """Base class: the message is a single line meant for the user."""


class InputError(ZoningError):
    """Bad coordinates, WKT, empty geometry."""


class CRSError(InputError):
    """A CRS that pyproj does not know."""


class DatasetError(ZoningError):
    """A dataset file that is missing, unreadable or lacks a table."""


class CatalogueError(ZoningError):
    """An official requirement text that does not parse into the expected structure."""


class NullGeometryError(InputError):
    """A feature without a geometry."""


class EmptyGeometryError(InputError):
    """A geometry with no coordinates."""


class InvalidGeometryError(InputError):
    """A geometry that make_valid cannot repair, or with non-finite coordinates."""


class OutOfRangeError(InputError):
    """Coordinates outside the CRS's area of use or domain, or impossible longitudes/latitudes."""


class Cancelled(ZoningError):
    """The user cancelled a long run (feedback.cancelled() answered true)."""
