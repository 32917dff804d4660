"""Small widget helpers the plugin's dialogs share."""
from qgis.PyQt.QtWidgets import QPushButton


def push_button(parent, row, name, text, slot):
    """A push button of `parent` named `name` (tests and users' scripts find it), added to the layout
    `row`, its click calling `slot`."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button
