"""The panel's switch of the active dataset (issue 20 §1): a combo box of the datasets listed in the
settings, each by its title and version; choosing one makes it the active dataset at once (the
panel, the locator and the expression functions follow: gui/dataset_control.py switch_to)."""
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class DatasetChoice(QWidget):
    chosen = pyqtSignal(int)     # the index (ZoningSettings.entries()) of the dataset the user chose

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("zoning_dataset_choice_row")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Dataset"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("zoning_dataset_choice")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setToolTip(self.tr("The active dataset: what the panel, the locator and the expression functions "
                                      "use. The list is the settings' (Settings…)."))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        self.combo.activated.connect(self._activated)

    def show_rows(self, rows):
        """List `rows` (gui/dataset_list.py DatasetRow, the active one first) and select the active one."""
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for row in rows:
                text = row.name() if row.dataset is not None else self.tr("{0} (cannot be opened)").format(row.name())
                self.combo.addItem(text)
                self.combo.setItemData(self.combo.count() - 1, row.text(), Qt.ItemDataRole.ToolTipRole)
            self.combo.setCurrentIndex(0)
        finally:
            self.combo.blockSignals(False)
        self.setVisible(len(rows) > 1)      # one dataset: nothing to switch, the panel keeps its room

    def _activated(self, index):
        if index > 0:
            self.chosen.emit(index)
