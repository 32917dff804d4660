"""Printed and editable reports (QGIS side): the site report PDF from the print layout template in
resources/layouts/ and the EIA chapter as .odt. The content comes from core/renderers/; the panel
and the Processing algorithm zoning:site_report both call site_report.SiteReport."""
