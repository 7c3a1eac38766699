-- Custom SQL (not generated: keep it when migrations are regenerated).
-- The audit chain's append in one round trip (src/platform/audit/audit-log.ts appendAudit): take the chain's
-- lock, read the last hash, insert the entry chained to it. Every writer waits on this lock until its
-- transaction commits, so each round trip made while holding it is time every other writer waits; done as
-- two statements, the lock's and the insert's, it held the lock for one more round trip. The last hash is
-- read by a statement of its own inside the function: a VOLATILE function takes a fresh snapshot for each
-- statement (under READ COMMITTED), so it sees the entry committed by the writer that held the lock before
-- (the lock's own statement could not: its snapshot predates the lock).
-- The hash is SHA-256(prev_hash ‖ canonical JSON of the entry) in hex, the bytes `entryHash` gives and
-- `audit verify` recomputes; the canonical JSON, the lock key and the genesis hash come from the caller.
CREATE FUNCTION audit_append(
  p_lock bigint, p_genesis text, p_canonical text,
  p_at timestamptz, p_actor_id uuid, p_actor_username text, p_ip text, p_action text, p_entity text,
  p_entity_id text, p_org_id uuid, p_outcome text, p_before jsonb, p_after jsonb
) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(p_lock);
  SELECT hash INTO prev FROM audit_log ORDER BY seq DESC LIMIT 1;
  prev := coalesce(prev, p_genesis);
  INSERT INTO audit_log (at, actor_id, actor_username, ip, action, entity, entity_id, org_id, outcome,
                         before, after, prev_hash, hash)
  VALUES (p_at, p_actor_id, p_actor_username, p_ip, p_action, p_entity, p_entity_id, p_org_id, p_outcome,
          p_before, p_after, prev, encode(sha256(convert_to(prev || p_canonical, 'UTF8')), 'hex'));
END;
$$;
