"""Import official data: choose the units, confirm the guessed field mapping, add the lists and
layers, then run zoning:import_dataset as a background task with progress.

The dialog previews the units with the core (fields, the detected encoding, a missing CRS) and
shows the guesses as combo boxes; the run is the Processing algorithm itself
(QgsProcessingAlgRunnerTask), so the dialog, the toolbox, models and qgis_process import alike."""
import os

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsProcessing, QgsProcessingAlgRunnerTask,
                       QgsProcessingContext, QgsProcessingFeedback, QgsProject)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout,
                                 QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QTableWidget, QTabWidget,
                                 QVBoxLayout, QWidget)

from zoning_plugin.algorithms.import_dataset import FIELD_PARAMETERS, ImportDatasetAlgorithm
from zoning_plugin.algorithms.outputs import output_message
from zoning_plugin.core.errors import ZoningError
from zoning_plugin.core.importers.mapping import ROLES, UNMAPPED, FieldMapping, guess_mapping, match_field
from zoning_plugin.core.importers.sources import POLYGON, read_source
from zoning_plugin.core.outputs import OutputError
from zoning_plugin.toolbelt.geometry import crs_text

VECTOR_FILTER = "*.shp *.gpkg *.geojson *.json *.dxf *.gdb *.sqlite *.kml *.tab *.mif"
PREVIEW_RECORDS = 5


class _Feedback(QgsProcessingFeedback):
    """Log lines of the task, handed to the dialog through a queued signal (the task runs in
    another thread)."""
    line = pyqtSignal(str)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        super().pushInfo(info)
        self.line.emit(info)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        super().reportError(error, fatalError)
        self.line.emit(error)


class ImportDialog(QDialog):
    finished_import = pyqtSignal(bool, str)     # success, output path

    def __init__(self, parent=None, use_dataset=None):
        super().__init__(parent)
        self.setObjectName("ZoningImportDialog")
        self.setWindowTitle(self.tr("Import official data"))
        self.use_dataset_callback = use_dataset
        self.task = self.context = self.feedback = None
        self.output = self.report_path = ""
        self.records, self.unit_classes = [], None
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        tabs.addTab(self._units_tab(), self.tr("Units and fields"))
        tabs.addTab(self._lists_tab(), self.tr("Lists and layers"))
        tabs.addTab(self._dataset_tab(), self.tr("Dataset"))
        layout.addWidget(tabs)
        form = QFormLayout()
        self.output_widget = self._file(self.tr("GeoPackage (*.gpkg)"), QgsFileWidget.SaveFile)
        form.addRow(self.tr("Output dataset"), self.output_widget)
        layout.addLayout(form)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.log)
        buttons = QHBoxLayout()
        self.run_button = self._button(self.tr("Import"), self.run_import, buttons)
        self.cancel_button = self._button(self.tr("Cancel import"), self.cancel_import, buttons)
        self.report_button = self._button(self.tr("Open report"), self.open_report, buttons)
        self.use_button = self._button(self.tr("Use the new dataset"), self.use_dataset, buttons)
        buttons.addStretch(1)
        self._button(self.tr("Close"), self.reject, buttons)
        layout.addLayout(buttons)
        for button in (self.cancel_button, self.report_button, self.use_button):
            button.setEnabled(False)
        self.resize(760, 720)

    # -- building --------------------------------------------------------------------------------
    def _file(self, file_filter, mode=QgsFileWidget.GetFile):
        widget = QgsFileWidget(self)
        widget.setStorageMode(mode)
        widget.setFilter(file_filter)
        return widget

    def _button(self, text, slot, row):
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _units_tab(self):
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.units_widget = self._file(self.tr("Vector files ({0})").format(VECTOR_FILTER))
        self.units_widget.fileChanged.connect(self.refresh_fields)
        form.addRow(self.tr("Control units"), self.units_widget)
        self.encoding_combo = QComboBox(page)
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItem(self.tr("Detect"), "")
        for name in ("UTF-8", "GBK", "GB18030", "BIG5"):
            self.encoding_combo.addItem(name, name)
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self.refresh_fields())
        form.addRow(self.tr("Shapefile encoding"), self.encoding_combo)
        self.crs_widget = QgsProjectionSelectionWidget(page)
        self.crs_widget.setOptionVisible(QgsProjectionSelectionWidget.CrsNotSet, True)
        self.crs_widget.setNotSetText(self.tr("The source's own CRS"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())
        form.addRow(self.tr("Source CRS"), self.crs_widget)
        layout.addLayout(form)
        self.preview = QLabel(page)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.table = QTableWidget(len(ROLES), 3, page)
        self.table.setHorizontalHeaderLabels([self.tr("Content"), self.tr("Field"), self.tr("First value")])
        # The role and the field name are read whole (Chinese field names run long); the first value
        # gets the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.combos = {}
        labels = ImportDatasetAlgorithm().role_label
        for row, role in enumerate(ROLES):
            self.table.setCellWidget(row, 0, QLabel(labels(role), page))
            combo = QComboBox(page)
            combo.setObjectName(f"field_{role}")
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._show_value(r))
            self.combos[role] = combo
            self.table.setCellWidget(row, 1, combo)
            self.table.setCellWidget(row, 2, QLabel(page))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.load_button = self._button(self.tr("Load mapping…"), self.load_mapping, row)
        self.save_button = self._button(self.tr("Save mapping…"), self.save_mapping, row)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _lists_tab(self):
        page = QWidget(self)
        form = QFormLayout(page)
        self.lists_widget = self._file(self.tr("Spreadsheets (*.xlsx *.ods *.xls *.csv)"))
        form.addRow(self.tr("Unit lists (empty: the dimension fields)"), self.lists_widget)
        self.general_widget = self._file(self.tr("Text or spreadsheet (*.txt *.xlsx *.ods *.csv)"))
        form.addRow(self.tr("City-wide and basin lists"), self.general_widget)
        self.layer_widgets = {}
        for key, label in (("RIVERS", self.tr("Rivers")), ("BASINS", self.tr("Basins")),
                           ("COUNTIES", self.tr("Counties")), ("BUILT_UP", self.tr("Built-up areas"))):
            self.layer_widgets[key] = self._file(self.tr("Vector files ({0})").format(VECTOR_FILTER))
            form.addRow(label, self.layer_widgets[key])
        self.river_field = QLineEdit(page)
        self.river_field.setPlaceholderText(self.tr("Guessed"))
        form.addRow(self.tr("River name field"), self.river_field)
        self.main_river = QLineEdit(page)
        self.main_river.setPlaceholderText(self.tr("From the lists"))
        form.addRow(self.tr("Main river of the buffer rule"), self.main_river)
        self.widths = {}
        for key, label in (("MAIN_WIDTH", self.tr("Main river buffer width")),
                           ("OTHER_WIDTH", self.tr("Other rivers' buffer width"))):
            spin = QDoubleSpinBox(page)
            spin.setRange(0, 10000)
            spin.setSuffix(" m")
            spin.setSpecialValueText(self.tr("From the lists"))
            self.widths[key] = spin
            form.addRow(label, spin)
        return page

    def _dataset_tab(self):
        page = QWidget(self)
        form = QFormLayout(page)
        self.texts = {}
        for key, label, hint in (
                ("CITY_NAME", self.tr("City name"), ""), ("CITY_CODE", self.tr("City code"), self.tr("From the counties")),
                ("VERSION", self.tr("Version"), ""), ("EFFECTIVE_DATE", self.tr("Effective date"), "2025-01-26"),
                ("EFFECTIVE_DATE_NOTE", self.tr("What the effective date is"),
                 self.tr("e.g. the issue date of the implementation plan")),
                ("END_DATE", self.tr("End date"), self.tr("empty: still in force")),
                ("AUTHORITY", self.tr("Authority"), ""),
                ("EXPECTED_COUNTS", self.tr("Stated unit counts per class"), "31/26/4"),
                ("EXPECTED_SHARES", self.tr("Stated area shares per class, %"), "44.83/20.61/34.56")):
            self.texts[key] = QLineEdit(page)
            self.texts[key].setPlaceholderText(hint)
            form.addRow(label, self.texts[key])
        return page

    # -- the mapping -----------------------------------------------------------------------------
    def refresh_fields(self, _path=None):
        """Preview the units: fields, encoding, CRS; the combos take the guesses."""
        path = self.units_widget.filePath().strip()
        self.records = []
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        if not path:
            self.preview.setText("")
            return
        try:
            data = read_source(path, POLYGON, encoding=self.encoding(), geometry=False, limit=PREVIEW_RECORDS)
        except ZoningError as error:
            self.preview.setText(str(error))
            return
        self.records = data.records
        notes = [self.tr("{0} field(s) in layer “{1}”.").format(len(data.fields), data.layer)]
        if data.encoding is not None:
            notes.append(self.tr("Encoding: {0}.").format(data.encoding.encoding))
        if not data.crs:
            notes.append(self.tr("The source has no CRS: choose the source CRS."))
        self.preview.setText(" ".join(notes))
        guessed = guess_mapping(data.fields)
        for role, combo in self.combos.items():
            combo.blockSignals(True)
            combo.addItem(self.tr("— none —"), UNMAPPED)
            for name in data.fields:
                combo.addItem(" ".join(name.split()), name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(role))))
            combo.blockSignals(False)
        for row in range(len(ROLES)):
            self._show_value(row)
        self.table.resizeColumnsToContents()

    def _show_value(self, row):
        name = self.combos[ROLES[row]].currentData()
        value = self.records[0].get(name) if self.records and name not in (None, UNMAPPED) else ""
        self.table.cellWidget(row, 2).setText(" ".join(str(value if value is not None else "").split())[:80])

    def encoding(self):
        """'' to detect, else the encoding chosen or typed."""
        text = self.encoding_combo.currentText().strip()
        index = self.encoding_combo.findText(text)
        return self.encoding_combo.itemData(index) if index >= 0 else text

    def mapping(self):
        chosen = {role: combo.currentData() for role, combo in self.combos.items() if combo.count()}
        mapping = FieldMapping(**{role: value for role, value in chosen.items() if value})
        mapping.unit_classes = self.unit_classes
        return mapping

    def save_mapping(self):
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), "", self.tr("JSON (*.json)"))
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            self.mapping().save(path)
        except OutputError as error:
            self.status.setText(output_message(error))
            return
        except (OSError, ZoningError) as error:
            self.status.setText(self.tr("The mapping cannot be saved: {0}").format(
                getattr(error, "strerror", None) or error))
            return
        self.status.setText(self.tr("Mapping saved: {0}").format(path))

    def load_mapping(self):
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), "", self.tr("JSON (*.json)"))
        if not path:
            return
        try:
            loaded = FieldMapping.load(path)
        except ZoningError as error:
            self.status.setText(str(error))
            return
        self.unit_classes = loaded.unit_classes
        missing = []
        for role, wanted in loaded.items():
            combo = self.combos[role]
            if not wanted or not combo.count():
                continue
            names = [combo.itemData(i) for i in range(1, combo.count())]
            found = UNMAPPED if wanted == UNMAPPED else match_field(names, wanted)
            if found is None:
                missing.append(" ".join(wanted.split()))
            else:
                combo.setCurrentIndex(combo.findData(found))
        self.status.setText(self.tr("Mapping loaded: {0}").format(path) if not missing else
                            self.tr("Mapping loaded; these fields are not in the units: {0}").format(", ".join(missing)))

    # -- running ---------------------------------------------------------------------------------
    def parameters(self):
        units = self.units_widget.filePath().strip()
        self.output = self.output_widget.filePath().strip()
        if self.output and not self.output.lower().endswith(".gpkg"):
            self.output += ".gpkg"
        self.report_path = os.path.splitext(self.output)[0] + "_report.html" if self.output else ""
        parameters = {"UNITS": units, "ENCODING": self.encoding(), "OUTPUT": self.output,
                      "OUTPUT_REPORT": self.report_path, "OUTPUT_PROBLEMS": QgsProcessing.TEMPORARY_OUTPUT,
                      "LISTS": self.lists_widget.filePath().strip(), "GENERAL_TEXT": self.general_widget.filePath().strip(),
                      "RIVER_NAME_FIELD": self.river_field.text().strip(), "MAIN_RIVER": self.main_river.text().strip()}
        if self.crs_widget.crs().isValid():
            parameters["SOURCE_CRS"] = crs_text(self.crs_widget.crs())
        for role, name in FIELD_PARAMETERS.items():
            if self.combos[role].count():
                parameters[name] = self.combos[role].currentData()
        for key, widget in self.layer_widgets.items():
            if widget.filePath().strip():
                parameters[key] = widget.filePath().strip()
        for key, spin in self.widths.items():
            if spin.value() > 0:
                parameters[key] = spin.value()
        for key, edit in self.texts.items():
            parameters[key] = edit.text().strip()
        return parameters

    def run_import(self):
        parameters = self.parameters()
        if not parameters["UNITS"] or not self.output:
            self.status.setText(self.tr("Choose the control units and the output dataset first."))
            return
        algorithm = ImportDatasetAlgorithm().create()
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _Feedback()
        self.feedback.line.connect(self.log.appendPlainText)
        self.feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.log.clear()
        self.progress.setValue(0)
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._done)
        for button, enabled in ((self.run_button, False), (self.cancel_button, True), (self.report_button, False),
                                (self.use_button, False)):
            button.setEnabled(enabled)
        self.status.setText(self.tr("Importing…"))
        QgsApplication.taskManager().addTask(self.task)

    def running(self):
        return self.task is not None

    def cancel_import(self):
        if self.task is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.feedback.cancel()

    def _done(self, successful, results):
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        ok = bool(successful and results.get("OUTPUT"))
        if ok:
            self.progress.setValue(100)
            self.status.setText(self.tr("Imported: {0} error(s), {1} warning(s). Check the report before using the "
                                        "dataset.").format(int(results.get("ERRORS", 0)), int(results.get("WARNINGS", 0))))
            self.report_button.setEnabled(bool(results.get("OUTPUT_REPORT")))
            self.use_button.setEnabled(True)
            self._add_problems(results.get("OUTPUT_PROBLEMS"))
        elif self.feedback is not None and self.feedback.isCanceled():
            self.status.setText(self.tr("Import cancelled: nothing was written."))
        else:
            self.status.setText(self.tr("Import failed: see the log below. Nothing was written."))
        self.finished_import.emit(ok, self.output if ok else "")

    def _add_problems(self, layer_id):
        layer = self.context.takeResultLayer(layer_id) if layer_id else None
        if layer is not None and layer.featureCount():
            layer.setName(self.tr("Import problems"))
            QgsProject.instance().addMapLayer(layer)

    def open_report(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.report_path))

    def use_dataset(self):
        if self.use_dataset_callback is not None and self.use_dataset_callback(self.output):
            self.status.setText(self.tr("The new dataset is now the plugin's dataset."))

    def reject(self):
        if self.task is not None:      # a running import is cancelled first: nothing half-written
            self.task.executed.disconnect(self._done)
            self.cancel_import()
            self.task.waitForFinished(60000)
            self.task = None
        super().reject()
