"""The builder of the bundled sample GeoPackages (make sample-data); their output ships in
zoning_plugin/resources/sample/, the builder does not."""
