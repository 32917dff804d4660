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
