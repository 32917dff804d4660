"""Adds the zoning dataset to the project as one group of read-only, styled layers."""
import os

from qgis.core import QgsLayerMetadata, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "resources", "styles")
GROUP_PROPERTY = "zoning_plugin/dataset"
LAYER_PROPERTY = "zoning_plugin/layer"


def tr(message):
    return QCoreApplication.translate("@default", message)  # pylupdate5 files bare tr() under @default


def layer_specs():
    """(key, table, subset, display name, style file, visible), in layer-tree order (top first)."""
    return [
        ("rivers", "rivers", "", tr("Rivers"), "rivers.qml", True),
        ("river_buffers", "river_buffers", "", tr("River ecological buffers"), "river_buffers.qml", True),
        ("units_1", "control_units", "unit_class = 1", tr("Priority protection units"),
         "units_priority.qml", True),
        ("units_2", "control_units", "unit_class = 2", tr("Key control units"), "units_key.qml", True),
        ("units_3", "control_units", "unit_class = 3", tr("General control units"), "units_general.qml",
         True),
        ("built_up_area", "built_up_area", "", tr("Urban built-up areas"), "built_up_area.qml", False),
        ("counties", "counties", "", tr("County boundaries"), "counties.qml", False),
        ("basins", "basins", "", tr("River basins"), "basins.qml", False),
    ]


def group_name(dataset_info):
    name = f"{dataset_info['title']} {dataset_info['version']}".strip()
    sample_label = tr("[sample data]")
    if dataset_info.get("sample") and sample_label not in name:
        name = f"{name} {sample_label}"
    return name


def find_group(project, path):
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(GROUP_PROPERTY) == path:
            return group
    return None


def _metadata(layer, dataset_info, meta):
    metadata = QgsLayerMetadata()
    metadata.setTitle(layer.name())
    abstract = [dataset_info["title"], tr("Version: {0}").format(dataset_info["version"]),
                tr("Effective date: {0}").format(dataset_info.get("effective_date", "")),
                tr("Authority: {0}").format(dataset_info.get("authority", "")),
                tr("Source documents: {0}").format(meta.get("source_documents", ""))]
    if dataset_info.get("sample"):
        abstract.append(tr("Sample data: the unit boundaries and unit lists are not the official "
                           "delineation. {0}").format(meta.get("notice", "")))
    metadata.setAbstract("\n".join(abstract))
    metadata.setKeywords({"gmd:topicCategory": ["environment", "planningCadastre"]})
    metadata.setRights([meta.get("credits", "")] if meta.get("credits") else [])
    layer.setMetadata(metadata)


def load_zoning_layers(dataset, project=None, label_scale=None):
    """Add (or refresh) the dataset's group; returns (group, {key: layer}). Never duplicates."""
    from zoning_plugin.gui.styles import apply_label_scale
    project = project or QgsProject.instance()
    info = dataset.info()
    existing = find_group(project, dataset.path)
    if existing is not None:
        layers = {}
        for node in existing.findLayers():
            key = node.layer().customProperty(LAYER_PROPERTY) if node.layer() else None
            if key:
                layers[key] = node.layer()
        if len(layers) == len(layer_specs()):
            existing.setName(group_name(info))
            if label_scale:
                for key in ("units_1", "units_2", "units_3"):
                    apply_label_scale(layers[key], label_scale)
            return existing, layers
        existing.parent().removeChildNode(existing)
    root = project.layerTreeRoot()
    group = root.insertGroup(0, group_name(info))
    group.setCustomProperty(GROUP_PROPERTY, dataset.path)
    layers = {}
    for key, table, subset, name, style, visible in layer_specs():
        # The filter goes in the URI: setSubsetString() on a GeoPackage makes 3.22's OGR provider
        # reopen it read-write (WAL side files, a changed file) and miscount features.
        uri = f"{dataset.path}|layername={table}" + (f"|subset={subset}" if subset else "")
        layer = QgsVectorLayer(uri, name, "ogr")
        if not layer.isValid():
            raise RuntimeError(tr("Cannot open layer {0} of {1}").format(table, dataset.path))
        style_path = os.path.join(STYLES_DIR, style)
        if os.path.isfile(style_path):
            layer.loadNamedStyle(style_path)
        if label_scale and key.startswith("units_"):
            apply_label_scale(layer, label_scale)
        layer.setReadOnly(True)
        layer.setCustomProperty(LAYER_PROPERTY, key)
        _metadata(layer, info, dataset.meta)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        node.setExpanded(False)
        layers[key] = layer
    return group, layers
