-- What zoning:conformity overlays inside the database (issue 19 §3): the very geometries the
-- plugin's engine overlays (core/engine/targets.py), written by the publisher from the core's own
-- functions: every layer densified in EPSG:4490 (200 m pieces) and then projected into the
-- dataset's metric CRS, so SQL measures what the in-process path measures. Cut by ST_Subdivide
-- (256 vertices) for the GiST join; the river buffers in the engine's tiles.
CREATE TABLE {schema}.overlay_versions (
    dataset_version integer PRIMARY KEY REFERENCES {schema}.dataset_versions (version),
    metric_srid integer NOT NULL,
    buffers_in_all_basins boolean NOT NULL,
    widest_half_channel double precision NOT NULL
);
-- layer: the index of the engine's LAYERS (0 city, 1 units, 2 counties, 3 basins, 4 built_up,
-- 5 buffers, 6 buffer_area); feature: the feature's index in its layer (the dataset's order);
-- river: a buffer's river (the index into the rivers below), else -1.
CREATE TABLE {schema}.overlay_targets (
    id bigserial PRIMARY KEY,
    dataset_version integer NOT NULL REFERENCES {schema}.dataset_versions (version),
    layer smallint NOT NULL,
    feature integer NOT NULL,
    width_rule boolean NOT NULL,
    river integer NOT NULL DEFAULT -1,
    geom geometry NOT NULL
);
CREATE INDEX ON {schema}.overlay_targets USING gist (geom);
CREATE INDEX ON {schema}.overlay_targets (dataset_version);
-- The rivers in the engine's short pieces; half: half the channel's width (0: from the centre line).
CREATE TABLE {schema}.overlay_rivers (
    id bigserial PRIMARY KEY,
    dataset_version integer NOT NULL REFERENCES {schema}.dataset_versions (version),
    river integer NOT NULL,
    half double precision NOT NULL,
    geom geometry NOT NULL
);
CREATE INDEX ON {schema}.overlay_rivers USING gist (geom);
CREATE INDEX ON {schema}.overlay_rivers (dataset_version, river);
