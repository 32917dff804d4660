-- Doubts collected centrally (issue 19 §4): "this result looks wrong" sent from any desk to the
-- bureau's schema. Everyone with the grants reads all rows; a row is written in the name of the
-- role that sends it (user_name defaults to it and the policy holds it there), and only that role
-- may change or delete it. The bureau grants staff SELECT, INSERT on the table and USAGE on its
-- sequence; the table's owner (the publisher) sees and manages every row.
CREATE TABLE {schema}.doubts (
    id bigserial PRIMARY KEY,
    created timestamptz NOT NULL DEFAULT now(),
    user_name text NOT NULL DEFAULT current_user,
    note text NOT NULL CHECK (btrim(note) <> ''),
    units text NOT NULL DEFAULT '',
    buffers text NOT NULL DEFAULT '',
    dataset_title text NOT NULL DEFAULT '',
    dataset_version text NOT NULL DEFAULT '',
    published_version integer,
    result_json jsonb NOT NULL,
    geom geometry(Geometry, 4490)
);
CREATE INDEX ON {schema}.doubts USING gist (geom);
ALTER TABLE {schema}.doubts ENABLE ROW LEVEL SECURITY;
CREATE POLICY doubts_read ON {schema}.doubts FOR SELECT USING (true);
CREATE POLICY doubts_send ON {schema}.doubts FOR INSERT WITH CHECK (user_name = current_user);
CREATE POLICY doubts_change_own ON {schema}.doubts FOR UPDATE USING (user_name = current_user)
    WITH CHECK (user_name = current_user);
CREATE POLICY doubts_delete_own ON {schema}.doubts FOR DELETE USING (user_name = current_user);
