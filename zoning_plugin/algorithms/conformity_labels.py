"""The conformity report's labels and the flag texts in the UI language (core has no Qt, so no
tr(); its Chinese defaults in core/reports/conformity.py are the zh_CN wording)."""
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
        tr = self.tr
        labels = {
            "report_title": tr("Conformity analysis report"), "input_layer": tr("Analysed layer"),
            "generated": tr("Generated"), "min_area": tr("Smallest overlap counted"),
            "effective_date": tr("Effective date"), "authority": tr("Authority"),
            "sample_notice": tr("Sample data: the unit boundaries and unit lists are examples, not the "
                                "official delineation."),
            "counts_title": tr("Overview"), "count_item": tr("Item"), "features": tr("Features"),
            "analysed": tr("Analysed"), "count_repaired": tr("Geometry repaired"),
            "count_null": tr("No geometry"), "count_empty": tr("Empty geometry"),
            "count_invalid": tr("Geometry unusable"), "count_outside": tr("Outside the city"),
            "count_partly_outside": tr("Partly outside the city"), "count_error": tr("Analysis failed"),
            "count_priority": tr("Touches a priority protection unit"),
            "count_buffer": tr("Touches a river ecological buffer"),
            "map_title": tr("Overview map (1:{0})"), "detail_title": tr("Detail {0} (1:{1})"),
            "chart_title": tr("Area in each class of control unit"),
            "chart_title_line": tr("Length in each class of control unit"),
            "totals_title": tr("Totals per class"), "class": tr("Class"), "measure_area": tr("Area (m²)"),
            "measure_length": tr("Length (m)"), "hectare": tr("ha"), "share": tr("Share"),
            "feature_count": tr("Features"), "buffer_total": tr("In river ecological buffers"),
            "outside_total": tr("Outside the city"), "total": tr("Total"), "points": tr("Point features"),
            "features_title": tr("Features (those touching a priority protection unit or a river "
                                 "ecological buffer first)"),
            "feature": tr("Feature"), "units": tr("Control units"), "buffer": tr("River ecological buffer"),
            "nearest_river": tr("Nearest river"), "flags": tr("Flags"),
            "more_rows": tr("{0} more feature(s) not listed here: see the output layer."),
            "problems_title": tr("Features not analysed as given"), "status": tr("Status"),
            "message": tr("Message"),
            "requirements_title": tr("Requirements that apply (each level once)"),
            "level_city": tr("{name}: city-wide requirements"), "level_basin": tr("{name}: basin requirements"),
            "level_unit": tr("{code} {name} ({class_name})"), "level_features": tr("{0} feature(s)"),
            "buffer_rule_tag": tr("applies to the features in a river ecological buffer"),
            "none_apply": tr("No feature lies in the city: no requirement applies."),
            "status_ok": tr("Analysed"), "status_null": tr("No geometry"), "status_empty": tr("Empty geometry"),
            "status_invalid": tr("Geometry unusable"), "status_outside": tr("Outside the city"),
            "status_error": tr("Analysis failed"), "repaired": tr("Repaired"),
            "distance_m": tr("{river} {distance} m"),
        }
        labels.update({"flag_" + key: text for key, text in self.flags().items()})
        return {**report_labels(), **labels}
