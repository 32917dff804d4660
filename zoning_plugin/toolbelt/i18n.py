"""The plugin's words: tr() for module-level strings, the language tr() speaks, given to the core
so that its messages speak it too."""
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.core import messages


def tr(message, disambiguation=None):
    """Translation for module-level strings: pylupdate5 files bare tr() calls under @default."""
    return QCoreApplication.translate("@default", message, disambiguation)


def ui_language():
    """'zh' while the plugin's Chinese translation is installed, else 'en': the language of tr()."""
    return tr("en", "the code of the language of this translation: zh or en")


# The core words its messages in the language tr() speaks (core/messages.py), asked per message.
messages.set_language_source(ui_language)
