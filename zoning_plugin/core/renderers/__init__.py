"""Report contents built from the one result object (no qgis, no Qt): the site report's HTML
fragments (site.py) and the EIA chapter "三线一单符合性分析" (eia.py)."""
