-- The catalogue of published versions: one row per publish, and per version the tables written,
-- with the GeoPackage's fields in their order (the reader reads exactly those).
CREATE TABLE {schema}.dataset_versions (
    version integer PRIMARY KEY,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL DEFAULT current_user,
    source_file text NOT NULL,
    source_sha256 text NOT NULL,
    title text,
    dataset_version text
);
CREATE TABLE {schema}.dataset_tables (
    version integer NOT NULL REFERENCES {schema}.dataset_versions (version),
    table_name text NOT NULL,
    fields jsonb NOT NULL,
    geometry_type text,
    feature_count integer NOT NULL,
    PRIMARY KEY (version, table_name)
);
