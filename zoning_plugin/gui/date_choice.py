"""The panel's date box (issue 20 §3): empty, a click inspects with the active dataset as before; with
a date (YYYY-MM-DD), with the version in force that day among the user's datasets (the active one,
the others listed in the settings, every version published in a PostGIS schema: toolbelt/dataset.py),
and the result says which and why (core/versions/in_force.py's message, in the inspection's facts
and its provenance). A date without a version, or one that cannot be read, is said under the box
and nothing is inspected."""
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from zoning_plugin.core.errors import InputError
from zoning_plugin.core.versions.in_force import parse_date
from zoning_plugin.toolbelt.dataset import dataset_in_force, user_dataset
from zoning_plugin.toolbelt.log import guarded

REFUSED_STYLE = "color:#b00020"


class DateChoice(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel(self.tr("In force on:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("zoning_date")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD (empty: the active dataset)"))
        self.edit.setToolTip(self.tr(
            "A date (YYYY-MM-DD): a click inspects with the version of the zoning in force that day, chosen "
            "among the datasets listed in the settings by their effective and end dates, and the result says "
            "which and why. Empty: the active dataset, whatever its dates."))
        self.label.setBuddy(self.edit)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("zoning_date_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.edit.editingFinished.connect(self._check)

    def tr(self, message):
        return QCoreApplication.translate("DateChoice", message)

    def _say(self, text, refused=False):
        self.message.setText(text)
        self.message.setStyleSheet(REFUSED_STYLE if refused else "")
        self.message.setVisible(bool(text))

    @guarded
    def _check(self):
        """A date typed that cannot be read is said at once, before any click."""
        text = self.edit.text().strip()
        try:
            if text:
                parse_date(text)
        except InputError as error:
            self._say(str(error), refused=True)
            return
        self._say("")

    def choose(self):
        """(dataset, InForce or None) for an inspection: the active dataset without a date, else the
        version in force on the date (its message shown under the box). InputError (NotInForce among
        them) when the date cannot be read or has no version, said under the box too; a dataset that
        cannot be read is the caller's ZoningError."""
        text = self.edit.text().strip()
        if not text:
            self._say("")
            return user_dataset(), None
        try:
            dataset, chosen = dataset_in_force(text)
        except InputError as error:
            self._say(str(error), refused=True)
            raise
        self._say(chosen.message)
        return dataset, chosen
