"""Adds the zoning dataset to the project as one group of read-only, styled layers.

What names a place comes from the dataset: the unit layers are named after its unit classes (and
filled in their colours), the rivers style draws its main river (dataset_meta.river_buffer_rule)
thicker, the basins style gets one category per basin of the dataset."""
import os

from qgis.core import (QgsCategorizedSymbolRenderer, QgsEditorWidgetSetup, QgsExpression, QgsFeature,
                       QgsLayerMetadata, QgsProject, QgsRendererCategory, QgsRuleBasedRenderer,
                       QgsSingleSymbolRenderer, QgsVectorLayer)
from qgis.PyQt.QtGui import QColor

from zoning_plugin.core.dataset.model import DEFAULT_UNIT_CLASSES, UNIT_CLASS_NAMES
from zoning_plugin.toolbelt.geometry import to_qgs
from zoning_plugin.toolbelt.i18n import tr

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "resources", "styles")
GROUP_PROPERTY = "zoning_plugin/dataset"
LAYER_PROPERTY = "zoning_plugin/layer"


# The style of a unit class by its number (1 优先保护, 2 重点管控, 3 一般管控 in the schema).
UNIT_STYLES = {1: "units_priority.qml", 2: "units_key.qml", 3: "units_general.qml"}


def _classes(dataset):
    """[(number, name, colour)] of the dataset's unit classes (the schema's defaults without one)."""
    if dataset is not None:
        return [(c.number, c.name, c.colour) for c in dataset.unit_classes]
    return [(c["class"], c["name"], c["colour"]) for c in DEFAULT_UNIT_CLASSES]


def unit_layer_name(name):
    """A unit layer's name: the three national unit classes in the UI language, any other class
    by the dataset's name for it (data)."""
    return {UNIT_CLASS_NAMES[1]: tr("Priority protection units"), UNIT_CLASS_NAMES[2]: tr("Key control units"),
            UNIT_CLASS_NAMES[3]: tr("General control units")}.get(name, name)


def layer_specs(dataset=None):
    """(key, table, subset, display name, style file, visible), in layer-tree order (top first);
    the unit layers named after the dataset's unit classes."""
    units = [(f"units_{number}", "control_units", f"unit_class = {number}", unit_layer_name(name),
              UNIT_STYLES.get(number, UNIT_STYLES[3]), True) for number, name, _colour in _classes(dataset)]
    return [
        ("rivers", "rivers", "", tr("Rivers"), "rivers.qml", True),
        ("river_buffers", "river_buffers", "", tr("River ecological buffers"), "river_buffers.qml", True),
        *units,
        ("built_up_area", "built_up_area", "", tr("Urban built-up areas"), "built_up_area.qml", False),
        ("counties", "counties", "", tr("County boundaries"), "counties.qml", False),
        ("basins", "basins", "", tr("River basins"), "basins.qml", False),
    ]


# The buffers the option of the other basins builds on the fly (the setting keeps its old name).
DERIVED_BUFFERS_KEY = "river_buffers_derived"


def field_aliases():
    """Readable names of the dataset's fields in the UI language, for attribute tables and forms."""
    return {
        "unit_code": tr("Unit code"), "unit_name": tr("Unit name"), "unit_class": tr("Unit class"),
        "class_name": tr("Class name"), "county_code": tr("County code"), "county_name": tr("County"),
        "subtype": tr("Unit type"), "sample": tr("Sample data"), "river_name": tr("River"),
        "basin_id": tr("Basin ID"), "basin_name": tr("River basin"), "buffer_m": tr("Buffer width (m)"),
        "code": tr("Code"), "name": tr("Name"),
    }


def _describe_fields(layer, dataset):
    """Aliases for every known field; unit classes shown by name (a value map) instead of 1/2/3."""
    aliases = field_aliases()
    for index, field in enumerate(layer.fields()):
        if field.name() in aliases:
            layer.setFieldAlias(index, aliases[field.name()])
    index = layer.fields().indexOf("unit_class")
    if index >= 0:
        classes = [{name: number} for number, name, _colour in _classes(dataset)]
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": classes}))


def _derived_buffer_layer(dataset):
    """The buffers the option of the other basins builds on the fly, as a memory layer (not in the
    file), named after the basins they lie in."""
    derived = dataset.derived_buffers()
    names = {r["basin_id"]: r["basin_name"] for r in dataset.basins.records}
    basins = dict.fromkeys(names.get(record.get("basin_id"), record.get("basin_id") or "") for record, _g in derived)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4490&field=river_name:string(50)"
                           "&field=basin_id:string(20)&field=buffer_m:double",
                           tr("River ecological buffers ({0}, optional rule)").format(
                               tr(", ", "list separator").join(b for b in basins if b)), "memory")
    features = []
    for record, geometry in derived:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([record["river_name"], record.get("basin_id"), float(record["buffer_m"])])
        feature.setGeometry(to_qgs(geometry))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def expected_keys(dataset):
    """Layer keys of the group, in layer-tree order."""
    keys = [spec[0] for spec in layer_specs(dataset)]
    if dataset.derived_buffers():
        keys.insert(keys.index("river_buffers") + 1, DERIVED_BUFFERS_KEY)
    return keys


def group_name(dataset_info):
    name = f"{dataset_info['title']} {dataset_info['version']}".strip()
    sample_label = tr("[sample data]")
    if dataset_info.get("sample") and sample_label not in name:
        name = f"{name} {sample_label}"
    return name


def remove_group(project, path):
    """Take a dataset's group and its layers out of the project; True if there was one."""
    group = find_group(project, path)
    if group is None:
        return False
    project.removeMapLayers([node.layerId() for node in group.findLayers()])
    group.parent().removeChildNode(group)
    return True


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


def style_for_dataset(layer, key, dataset):
    """Fit a layer's loaded style to the dataset: a unit layer filled in its class's colour (the
    style's opacity kept), the main river's rule on the dataset's main river (dropped without
    one), one basin category per basin of the dataset in the style's colours, in turn."""
    renderer = layer.renderer()
    if key.startswith("units_") and isinstance(renderer, QgsSingleSymbolRenderer):
        colour = dict((f"units_{n}", c) for n, _name, c in _classes(dataset)).get(key)
        if colour and QColor(colour).isValid():
            fill = QColor(colour)
            fill.setAlpha(renderer.symbol().color().alpha())
            renderer.symbol().setColor(fill)
    elif key == "rivers" and isinstance(renderer, QgsRuleBasedRenderer):
        river_rule_labels(layer)
        rule = dataset.profile.buffer_rule
        root = renderer.rootRule()
        for child in [c for c in root.children() if not c.isElse()]:
            if rule is not None and rule.main_river:
                child.setFilterExpression(f'"river_name" = {QgsExpression.quotedValue(rule.main_river)}')
                child.setLabel(rule.main_river)
            else:
                root.removeChild(child)
    elif key == "basins" and isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.categories():
        styled = renderer.categories()   # copies: each owns its symbol, so keep them while cloning
        palette = [category.symbol().clone() for category in styled]
        categories = [QgsRendererCategory(r["basin_id"], palette[n % len(palette)].clone(), r["basin_name"])
                      for n, r in enumerate(dataset.basins.records)]
        layer.setRenderer(QgsCategorizedSymbolRenderer(renderer.classAttribute(), categories))


def river_rule_labels(layer):
    """The rivers style's legend labels in the UI language (rivers.qml holds the Chinese ones)."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().children():
            rule.setLabel(tr("Other rivers") if rule.isElse() else tr("Main river"))


# load_zoning_layers(source=IN_MEMORY): layers made from what the opened dataset holds.
IN_MEMORY = "memory"
_FIELD_TYPES = {bool: "integer", int: "integer", float: "double"}


def _memory_layer(dataset, table, unit_class, name):
    """A memory layer of one of the dataset's tables as the opened dataset holds it (EPSG:4490, all
    its fields), or of its units of one class. The file is not opened: QGIS 3.22's OGR provider
    opens a GeoPackage for update and, closing it, sets a WAL-mode file back to journal mode DELETE."""
    held = dataset.layers[table]
    names = list(held.records[0]) if held.records else []
    kinds = {}
    for field in names:
        value = next((r[field] for r in held.records if r.get(field) is not None), None)
        kinds[field] = _FIELD_TYPES.get(type(value), "string")
    kind = "MultiLineString" if table == "rivers" else "MultiPolygon"
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:4490" + "".join(f"&field={f}:{kinds[f]}" for f in names), name,
                           "memory")
    features = []
    for record, geometry in zip(held.records, held.geometries):
        if unit_class is not None and dataset.class_number(record.get("unit_class")) != unit_class:
            continue
        shape = to_qgs(geometry)
        shape.convertToMultiType()
        feature = QgsFeature(layer.fields())
        feature.setGeometry(shape)
        feature.setAttributes([record.get(f) for f in names])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def _new_layer(dataset, key, source=None):
    """(layer, style file, visible) for one key of expected_keys(), read from `source` (see
    load_zoning_layers)."""
    if key == DERIVED_BUFFERS_KEY:
        return _derived_buffer_layer(dataset), "river_buffers.qml", True
    for spec_key, table, subset, name, style, visible in layer_specs(dataset):
        if spec_key == key:
            if source == IN_MEMORY:
                unit_class = int(spec_key.split("_")[1]) if spec_key.startswith("units_") else None
                return _memory_layer(dataset, table, unit_class, name), style, visible
            # The filter goes in the URI: setSubsetString() on a GeoPackage makes 3.22's OGR
            # provider reopen it read-write (WAL side files, a changed file) and miscount features.
            uri = f"{source or dataset.path}|layername={table}" + (f"|subset={subset}" if subset else "")
            return QgsVectorLayer(uri, name, "ogr"), style, visible
    raise KeyError(key)


def load_zoning_layers(dataset, project=None, label_scale=None, source=None):
    """Add the dataset's group, or bring an existing one in line with the dataset and settings:
    missing layers are added, the optional buffer layer of the other basins comes and goes with its
    option, the user's own changes (visibility, order) stay. Returns (group, {key: layer}). Never
    duplicates. `source`: None reads the dataset's file (the layers a user adds to a project);
    IN_MEMORY makes them from the opened dataset (a report's print project: the file is not
    opened again); a path reads another GeoPackage with the same tables (a field package's)."""
    from zoning_plugin.gui.styles import apply_label_scale
    project = project or QgsProject.instance()
    info = dataset.info()
    group = find_group(project, dataset.path)
    if group is None:
        group = project.layerTreeRoot().insertGroup(0, group_name(info))
        group.setCustomProperty(GROUP_PROPERTY, dataset.path)
    group.setName(group_name(info))
    layers = {}
    for node in group.findLayers():
        key = node.layer().customProperty(LAYER_PROPERTY) if node.layer() else None
        if key:
            layers[key] = node.layer()
    wanted = expected_keys(dataset)
    for key in [k for k in layers if k not in wanted]:
        project.removeMapLayer(layers.pop(key).id())
    for position, key in enumerate(wanted):
        if key in layers:
            continue
        layer, style, visible = _new_layer(dataset, key, source)
        if not layer.isValid():
            raise RuntimeError(tr("Cannot open layer {0} of {1}").format(key, dataset.path))
        style_path = os.path.join(STYLES_DIR, style)
        if os.path.isfile(style_path):
            layer.loadNamedStyle(style_path)
            style_for_dataset(layer, key, dataset)
        if info.get("sample"):
            layer.setName(tr("{0} (sample)").format(layer.name()))
        layer.setReadOnly(True)
        _describe_fields(layer, dataset)
        layer.setCustomProperty(LAYER_PROPERTY, key)
        _metadata(layer, info, dataset.meta)
        project.addMapLayer(layer, False)
        node = group.insertLayer(min(position, len(group.children())), layer)
        node.setItemVisibilityChecked(visible)
        node.setExpanded(False)
        layers[key] = layer
    if label_scale:
        for key in [k for k in wanted if k.startswith("units_")]:
            apply_label_scale(layers[key], label_scale)
            layers[key].triggerRepaint()
    return group, layers
