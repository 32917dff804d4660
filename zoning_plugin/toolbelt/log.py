"""The plugin's log: one tag (the plugin's name in the UI language) on the message bar and the log
messages panel, and the guard that keeps every slot's exception out of Qt's event loop."""
import functools
import traceback

from qgis.core import Qgis, QgsMessageLog

from zoning_plugin.core.errors import ZoningError
from zoning_plugin.toolbelt.i18n import tr


def log_tag():
    """The plugin's name on the message bar and the log tab, in the UI language."""
    return tr("Ecological zoning control")


def log(message, level=Qgis.Info):
    QgsMessageLog.logMessage(message, log_tag(), level)


def guarded(method):
    """Slots never let an exception reach Qt: log it and tell the user on the message bar.

    The owner provides `report_error(message)`."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as error:  # a slot must not raise into the Qt event loop
            if not isinstance(error, ZoningError):   # bad input or data says it all in one line
                log(traceback.format_exc(), Qgis.Critical)
            try:
                self.report_error(str(error) or error.__class__.__name__)
            except Exception:
                log("report_error failed: " + traceback.format_exc(), Qgis.Critical)
        return None
    return wrapper


# Lines of one kind an algorithm writes to the Processing log before "… and N more": enough to see
# the pattern, few enough that a run over 100k features keeps its log readable.
LOG_LINES = 30


class CappedLog:
    """Processing log lines, at most `limit` of each kind, then one line with the rest."""

    def __init__(self, feedback, limit=LOG_LINES):
        self.feedback = feedback
        self.limit = limit
        self.counts = {}

    def line(self, kind, message, error=False):
        count = self.counts[kind] = self.counts.get(kind, 0) + 1
        if count <= self.limit:
            (self.feedback.reportError if error else self.feedback.pushInfo)(message)

    def more(self, kind, template):
        """One line "… and N more" (template with {0}) when some lines of `kind` were held back."""
        if self.counts.get(kind, 0) > self.limit:
            self.feedback.pushInfo(template.format(self.counts[kind] - self.limit))

    def lines(self, kind, messages, more_template, error=False):
        """Every message of a list, capped, then the "… and N more" line."""
        for message in messages:
            self.line(kind, message, error=error)
        self.more(kind, more_template)
