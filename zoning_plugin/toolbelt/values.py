"""Attribute values as Python sees them: PyQGIS gives NULL as a null QVariant (or None), and a
date as a QDate; every reader of features asks here."""
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant


def is_null(value):
    """Whether an attribute or expression value is NULL."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def attribute_value(value, blank_is_null=False):
    """None for NULL (and, with `blank_is_null`, for text of blanks only), else the value."""
    if is_null(value):
        return None
    if blank_is_null and isinstance(value, str) and not value.strip():
        return None
    return value


def plain_value(value):
    """attribute_value, and None for an invalid date or time (QGIS reads an empty date as one)."""
    if is_null(value):
        return None
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value if value.isValid() else None
    return value
