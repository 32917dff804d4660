"""Settings dialog: the active dataset, the datasets listed beside it (gui/dataset_list.py), the buffer
option of the other basins, label scale. An active dataset the plugin refuses keeps the dialog open,
with the reason under the field and the typed path kept; another listed dataset that does not open
stays listed with its reason."""
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox,
                                 QVBoxLayout)

from zoning_plugin.gui.dataset_list import DatasetListBox
from zoning_plugin.gui.pg_choice import PostgisChoice
from zoning_plugin.toolbelt.settings import ZoningSettings


class ZoningSettingsDialog(QDialog):
    def __init__(self, settings, parent=None, refusal=None):
        """`refusal(settings)`: why the chosen settings cannot be used (one line), or None."""
        super().__init__(parent)
        self._refusal = refusal
        self.setObjectName("ZoningSettingsDialog")
        self.setWindowTitle(self.tr("Ecological zoning control settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.dataset_widget = QgsFileWidget(self)
        self.dataset_widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.dataset_widget.setFilePath(settings.dataset_path)
        self.dataset_widget.lineEdit().setPlaceholderText(self.tr("Bundled sample dataset"))
        form.addRow(self.tr("Zoning dataset"), self.dataset_widget)
        self.postgis = PostgisChoice(settings, self)
        form.addRow(self.tr("Or the dataset in PostGIS"), self.postgis)
        self.dataset_error = QLabel(self)
        self.dataset_error.setObjectName("zoning_dataset_error")
        self.dataset_error.setWordWrap(True)
        self.dataset_error.setStyleSheet("color:#b00020")
        self.dataset_error.hide()
        form.addRow("", self.dataset_error)
        self.dataset_widget.fileChanged.connect(lambda _path: self.dataset_error.hide())
        self.datasets = DatasetListBox(settings, self.active_entry, self.set_active_entry, self)
        form.addRow(self.datasets)
        self.dataset_widget.fileChanged.connect(lambda _path: self.datasets.refresh())
        self.postgis.connection.currentIndexChanged.connect(lambda _index: self.datasets.refresh())
        self.postgis.schema.editingFinished.connect(self.datasets.refresh)
        self.other_basins_check = QCheckBox(self.tr("Also build the river buffers in the basins whose list "
                                                    "lacks the buffer rule"), self)
        self.other_basins_check.setToolTip(self.tr(
            "The river buffer rule is written in the list of some basins only; this applies its widths to "
            "the rivers of the other basins too."))
        self.other_basins_check.setChecked(settings.buffers_in_all_basins)
        form.addRow(self.other_basins_check)
        self.label_scale = QSpinBox(self)
        self.label_scale.setRange(1000, 10000000)
        self.label_scale.setSingleStep(10000)
        self.label_scale.setPrefix("1:")
        self.label_scale.setValue(settings.label_scale)
        form.addRow(self.tr("Show unit labels at scales larger than"), self.label_scale)
        layout.addLayout(form)
        note = QLabel(self.tr(
            "The label scale and the buffer option apply at once to the loaded zoning layers (or when they "
            "are loaded); a dataset no longer listed takes its layers out of the project, a new active one "
            "replaces them on the map. The next inspection uses the new dataset and buffer option."), self)
        note.setObjectName("zoning_settings_note")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self):
        """OK: close only with settings that can be used; else say why next to the field."""
        reason = self._refusal(self.settings()) if self._refusal is not None else None
        if reason:
            self.dataset_error.setText(self.tr("This dataset cannot be used: {0}").format(reason))
            self.dataset_error.show()
            self.dataset_widget.lineEdit().setFocus()
            return
        super().accept()

    def active_entry(self):
        """The active dataset as the fields give it (ZoningSettings.active_entry)."""
        connection, schema = self.postgis.chosen()
        return ZoningSettings(dataset_path=self.dataset_widget.filePath().strip(), pg_connection=connection,
                              pg_schema=schema).active_entry()

    def set_active_entry(self, entry):
        """Show `entry` (a listed dataset made active) in the fields of the active dataset."""
        for widget in (self.dataset_widget, self.postgis.connection, self.postgis.schema):
            widget.blockSignals(True)      # one refresh of the list, by the list itself
        try:
            name = entry.get("pg_connection") or ""
            if name and self.postgis.connection.findData(name) < 0:
                self.postgis.connection.addItem(name, name)
            self.postgis.connection.setCurrentIndex(max(0, self.postgis.connection.findData(name)))
            self.postgis.schema.setText(entry.get("pg_schema") or "" if name else "")
            self.postgis.schema.setEnabled(bool(name))
            self.dataset_widget.setFilePath("" if name else entry.get("path") or "")
        finally:
            for widget in (self.dataset_widget, self.postgis.connection, self.postgis.schema):
                widget.blockSignals(False)
        self.dataset_error.hide()

    def settings(self):
        connection, schema = self.postgis.chosen()
        return ZoningSettings(dataset_path=self.dataset_widget.filePath().strip(),
                              buffers_in_all_basins=self.other_basins_check.isChecked(),
                              label_scale=self.label_scale.value(), pg_connection=connection, pg_schema=schema,
                              other_datasets=[dict(e) for e in self.datasets.others])
