"""Readers of official data into a zoning dataset: no qgis, no Qt.

Each module stands on its own (import the one you need):

- `encoding`: text encodings of shapefile DBFs and text files (DBF language id, UTF-8 / GB18030);
- `sources`: polygons and lines from any OGR source (shapefile, GeoPackage, FileGDB, GeoJSON,
  DXF), reprojected to EPSG:4490;
- `mapping`: which source field holds the unit code, name, class, county, dimensions (guessed,
  confirmed by the user, saved as JSON);
- `numbering`: numbered items in one cell (where the numbering starts, cells that look merged);
- `lists`: unit lists from attributes or a spreadsheet, the "1" and "2" from an attachment text;
- `layers`: rivers (with the buffer rule), basins, counties, built-up areas;
- `checks`: the validation report with a location per problem, as HTML;
- `writer`: the dataset GeoPackage, written atomically;
- `run`: `import_dataset(options)`, the whole import.
"""
