-- The control units cut by ST_Subdivide(geom, 256) for overlays in the database: a GiST join on
-- pieces of at most 256 vertices is several times faster than on whole units (issue 19's figures).
CREATE TABLE {schema}.control_units_subdivided (
    id bigserial PRIMARY KEY,
    dataset_version integer NOT NULL REFERENCES {schema}.dataset_versions (version),
    unit_fid bigint NOT NULL,
    unit_code text,
    geom geometry(Polygon, 4490) NOT NULL
);
CREATE INDEX ON {schema}.control_units_subdivided USING gist (geom);
CREATE INDEX ON {schema}.control_units_subdivided (dataset_version);
