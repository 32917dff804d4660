"""Which of the plugin's translations matches the language QGIS shows.

QGIS writes the code of its UI language to the setting locale/userLocale at start-up: the `--lang`
argument or the language chosen in Options (its own Simplified Chinese is `zh-Hans`, after its
file qgis_zh-Hans.qm), else the system locale (`zh_CN`) when QGIS follows the system. Codes come
with '-' or '_' and in any case; every Chinese one gets our only Chinese translation."""
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale

CHINESE = "zh_CN"
ENGLISH = "en"


def qgis_ui_locale():
    """The language code QGIS runs its UI in, e.g. 'zh-Hans', 'zh_CN', 'en_US' or 'C'."""
    code = QgsSettings().value("locale/userLocale", "", type=str)
    return code or QLocale().name()


def translation_for(code):
    """'zh_CN' for any Chinese code (zh, zh-Hans, zh_Hans, zh-CN, zh_CN.UTF-8, zh-Hant ...),
    'en' for anything else."""
    language = str(code or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return CHINESE if language == "zh" else ENGLISH
