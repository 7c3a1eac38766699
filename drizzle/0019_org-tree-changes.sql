-- The organisation tree's change log (custom SQL, not generated: keep it when migrations are regenerated).
-- Every server process keeps a copy of the tree (src/app/org-tree.ts) and brings it up to date on every
-- request, in the same statement that reads the session: "the changes numbered above the copy's". So the
-- reach of a role is never older than the request's own view of the database, and a request no longer
-- re-walks the whole tree in SQL. In its own schema: a backup (public schema) neither saves nor restores it.
CREATE SCHEMA IF NOT EXISTS org_tree;
--> statement-breakpoint
CREATE SEQUENCE org_tree.change_seq;
--> statement-breakpoint
-- One row per organisation ever seen: the number of its latest change, and whether that was a deletion.
CREATE TABLE org_tree.changes (
  org_id uuid PRIMARY KEY,
  seq bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false
);
--> statement-breakpoint
CREATE INDEX changes_seq_idx ON org_tree.changes (seq);
--> statement-breakpoint
-- Numbers are drawn at COMMIT (a deferred constraint trigger) under the audit chain's lock
-- (src/platform/audit/audit-log.ts, CHAIN_LOCK_KEY), which is held until the commit is done: changes
-- therefore commit in the order of their numbers, and a reader that has seen number N has seen every
-- change numbered below it. Every change of an organisation is audited in the same transaction, which
-- holds this lock by then anyway: numbering adds no wait and no second lock (no new lock order).
CREATE FUNCTION org_tree.record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7427001);
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE org_tree.changes SET seq = nextval('org_tree.change_seq'), deleted = true WHERE NOT deleted;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO org_tree.changes (org_id, seq, deleted) VALUES (OLD.id, nextval('org_tree.change_seq'), true)
      ON CONFLICT (org_id) DO UPDATE SET seq = EXCLUDED.seq, deleted = true;
  ELSE
    INSERT INTO org_tree.changes (org_id, seq, deleted) VALUES (NEW.id, nextval('org_tree.change_seq'), false)
      ON CONFLICT (org_id) DO UPDATE SET seq = EXCLUDED.seq, deleted = false;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER organisations_tree_change AFTER INSERT OR UPDATE OR DELETE ON organisations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION org_tree.record_change();
--> statement-breakpoint
CREATE TRIGGER organisations_tree_truncate AFTER TRUNCATE ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION org_tree.record_change();
--> statement-breakpoint
INSERT INTO org_tree.changes (org_id, seq) SELECT id, nextval('org_tree.change_seq') FROM organisations;
