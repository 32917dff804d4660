"""Run-time adjustments to the bundled QML styles (resources/styles/, from scripts/make_styles.py).

Where the unit-label scale lives
--------------------------------
The control-unit styles (units_priority.qml, units_key.qml, units_general.qml) label each unit
with its name and code, shown only at scales larger than 1:100000. That threshold is a setting of
the layer's *labeling*, not of the layer (the polygons stay visible at every scale):

- API: ``QgsPalLayerSettings.scaleVisibility = True`` and ``QgsPalLayerSettings.minimumScale =
  100000`` (the most zoomed-out scale denominator at which labels are drawn; ``maximumScale = 0``
  means no limit when zooming in), held by the layer's ``QgsVectorLayerSimpleLabeling``;
- QML: ``<labeling type="simple"><settings>...<rendering scaleVisibility="1" scaleMax="100000"
  scaleMin="0" .../>`` (the XML names are swapped with respect to the API for historical reasons).

After loading a style, apply the user's setting (``ZoningSettings.label_scale``) with
``apply_label_scale(layer, settings.label_scale)``.
"""
from qgis.core import QgsPalLayerSettings, QgsRuleBasedLabeling, QgsVectorLayerSimpleLabeling


def _scaled(settings, scale):
    settings = QgsPalLayerSettings(settings)
    if scale and scale > 0:
        settings.scaleVisibility = True
        settings.minimumScale = float(scale)  # most zoomed-out scale denominator shown
        settings.maximumScale = 0.0           # no limit zooming in
    else:
        settings.scaleVisibility = False
    return settings


def apply_label_scale(layer, scale):
    """Show `layer`'s labels only at scales larger than 1:`scale` (0 or None: at every scale).

    Works on simple and rule-based labeling; returns False if the layer has no labeling.
    """
    labeling = layer.labeling() if hasattr(layer, "labeling") else None
    if labeling is None:
        return False
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        layer.setLabeling(QgsVectorLayerSimpleLabeling(_scaled(labeling.settings(), scale)))
    elif isinstance(labeling, QgsRuleBasedLabeling):
        labeling = labeling.clone()
        for rule in labeling.rootRule().descendants():
            if rule.settings() is not None:
                rule.setSettings(_scaled(rule.settings(), scale))
        layer.setLabeling(labeling)
    else:
        return False
    layer.triggerRepaint()
    return True


def label_scale(layer):
    """The scale denominator above which `layer`'s labels are hidden, or 0 if they always show."""
    labeling = layer.labeling()
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        settings = labeling.settings()
        return settings.minimumScale if settings.scaleVisibility else 0
    return 0
