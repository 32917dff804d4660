"""Where the plugin's own files are: one place for every path into the package (the core, the GUI,
the algorithms and the print layouts all ask here), so that moving a module never breaks a path."""
import os

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES_DIR = os.path.join(PLUGIN_DIR, "resources")
METADATA_TXT = os.path.join(PLUGIN_DIR, "metadata.txt")
I18N_DIR = os.path.join(PLUGIN_DIR, "i18n")
STYLES_DIR = os.path.join(RESOURCES_DIR, "styles")
LAYOUTS_DIR = os.path.join(RESOURCES_DIR, "layouts")
OFFICIAL_DIR = os.path.join(RESOURCES_DIR, "official")
SAMPLE_DATASET_PATH = os.path.join(RESOURCES_DIR, "sample", "liaoyuan_sample.gpkg")
INDUSTRY_DIVISIONS_CSV = os.path.join(RESOURCES_DIR, "industry", "gbt4754_2017_divisions.csv")
PROVIDER_ICON = os.path.join(RESOURCES_DIR, "icons", "zoning.svg")


def style_path(name):
    """A QML style shipped with the plugin."""
    return os.path.join(STYLES_DIR, name)


def layout_template(name):
    """A print layout template (.qpt) shipped with the plugin."""
    return os.path.join(LAYOUTS_DIR, name)
