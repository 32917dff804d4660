"""The conformity report's labels and the flag texts in the UI language (core has no Qt, so no
tr(); its Chinese defaults in core/renderers/conformity.py are the zh_CN wording)."""
from qgis.PyQt.QtCore import QCoreApplication

from zoning_plugin.gui.labels import report_labels


class ConformityLabels:
    """tr() under this class's name, where pylupdate5 files the strings written here."""

    def tr(self, message):
        return QCoreApplication.translate("ConformityLabels", message)

    def flags(self):
        return {"priority": self.tr("Touches a priority protection unit"),
                "buffer": self.tr("Touches a river ecological buffer"),
                "partly_outside": self.tr("Partly outside the city"),
                "outside": self.tr("Outside the city")}

    def report(self):
        labels = {
            "report_title": self.tr("Conformity analysis report"), "input_layer": self.tr("Analysed layer"),
            "generated": self.tr("Generated"), "min_area": self.tr("Smallest overlap counted"),
            "effective_date": self.tr("Effective date"), "authority": self.tr("Authority"),
            "sample_notice": self.tr("Sample data: the unit boundaries and unit lists are examples, not the "
                                "official delineation."),
            "counts_title": self.tr("Overview"),
            "count_item": self.tr("Item"),
            "features": self.tr("Features"),
            "analysed": self.tr("Analysed"), "count_repaired": self.tr("Geometry repaired"),
            "count_null": self.tr("No geometry"), "count_empty": self.tr("Empty geometry"),
            "count_invalid": self.tr("Geometry unusable"), "count_outside": self.tr("Outside the city"),
            "count_partly_outside": self.tr("Partly outside the city"),
            "count_error": self.tr("Analysis failed"),
            "count_priority": self.tr("Touches a priority protection unit"),
            "count_buffer": self.tr("Touches a river ecological buffer"),
            "map_title": self.tr("Overview map (1:{0})"), "detail_title": self.tr("Detail {0} (1:{1})"),
            "chart_title": self.tr("Area in each class of control unit"),
            "chart_title_line": self.tr("Length in each class of control unit"),
            "totals_title": self.tr("Totals per class"),
            "class": self.tr("Class"),
            "measure_area": self.tr("Area (m²)"),
            "measure_length": self.tr("Length (m)"), "hectare": self.tr("ha"), "share": self.tr("Share"),
            "feature_count": self.tr("Features"), "buffer_total": self.tr("In river ecological buffers"),
            "outside_total": self.tr("Outside the city"),
            "total": self.tr("Total"),
            "points": self.tr("Point features"),
            "features_title": self.tr("Features (those touching a priority protection unit or a river "
                                 "ecological buffer first)"),
            "feature": self.tr("Feature"),
            "units": self.tr("Control units"),
            "buffer": self.tr("River ecological buffer"),
            "nearest_river": self.tr("Nearest river"), "flags": self.tr("Flags"),
            "more_rows": self.tr("{0} more feature(s) not listed here: see the output layer."),
            "problems_title": self.tr("Features not analysed as given"), "status": self.tr("Status"),
            "message": self.tr("Message"),
            "requirements_title": self.tr("Requirements that apply (each level once)"),
            "level_city": self.tr("{name}: city-wide requirements"),
            "level_basin": self.tr("{name}: basin requirements"),
            "level_unit": self.tr("{code} {name} ({class_name})"),
            "level_features": self.tr("{0} feature(s)"),
            "buffer_rule_tag": self.tr("applies to the features in a river ecological buffer"),
            "none_apply": self.tr("No feature lies in the city: no requirement applies."),
            "status_ok": self.tr("Analysed"),
            "status_null": self.tr("No geometry"),
            "status_empty": self.tr("Empty geometry"),
            "status_invalid": self.tr("Geometry unusable"), "status_outside": self.tr("Outside the city"),
            "status_error": self.tr("Analysis failed"), "repaired": self.tr("Repaired"),
            "distance_m": self.tr("{river} {distance} m"),
            "map_sample": self.tr("The map shows {0} of the {1} features analysed ({2} of the {3} touching a "
                                  "priority protection unit or a river ecological buffer first, an even sample of "
                                  "the rest); the output layer holds them all."),
        }
        labels.update({"flag_" + key: text for key, text in self.flags().items()})
        return {**report_labels(), **labels}
