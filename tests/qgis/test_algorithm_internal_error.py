"""An algorithm's unexpected failure: one line naming the log tab the user sees (the plugin's name,
the tag of every message the plugin logs), and the traceback in that tab, not in another."""
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.algorithms.base import ZoningAlgorithm
from zoning_plugin.toolbelt.log import log_tag


class Errors(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal=False):  # noqa: N802 (QGIS API)
        self.errors.append(error)


class Broken(ZoningAlgorithm):
    def name(self):
        return "broken"

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        pass

    def process(self, parameters, context, feedback):
        raise KeyError("a bug")


def test_an_internal_error_names_the_plugins_log_tab_and_logs_its_traceback_there():
    logged = []

    def received(message, tag, level):
        logged.append((message, tag))
    log = QgsApplication.messageLog()
    log.messageReceived.connect(received)
    try:
        algorithm = Broken()
        algorithm.initAlgorithm()
        feedback = Errors()
        _results, ok = algorithm.run({}, QgsProcessingContext(), feedback)
        QCoreApplication.processEvents()
    finally:
        log.messageReceived.disconnect(received)
    assert not ok
    assert any(f"tab “{log_tag()}”" in error and "KeyError" in error for error in feedback.errors), feedback.errors
    assert log_tag() == "Ecological zoning control"
    tags = {tag for message, tag in logged if "KeyError: 'a bug'" in message and "Traceback" in message}
    assert tags == {log_tag()}
