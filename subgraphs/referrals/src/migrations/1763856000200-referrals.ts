import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'SUBMITTED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'`;
const NEEDS = `'DOMESTIC_VIOLENCE', 'CHILD_PROTECTION', 'CHILD_IN_LEGAL_CASE', 'PARENTING_SUPPORT', 'CIVIL_DOCUMENTS',
  'SOCIAL_ASSISTANCE', 'PSYCHOLOGICAL_SUPPORT', 'SHELTER', 'LEGAL_AID', 'OTHER'`;

/**
 * Referrals and their append-only history. The checks repeat the SDL enums and the referral rules
 * (consent is recorded, or an emergency referral says why not), so that no writer can store what the
 * API cannot show.
 */
export class Referrals1763856000200 implements MigrationInterface {
  name = 'Referrals1763856000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        family_region text NOT NULL,
        subject_ids uuid[] NOT NULL,
        from_agency_id uuid NOT NULL,
        to_agency_id uuid NOT NULL CHECK (to_agency_id <> from_agency_id),
        requested_service_id uuid,
        need_category text NOT NULL CHECK (need_category IN (${NEEDS})),
        urgency text NOT NULL CHECK (urgency IN ('ROUTINE', 'URGENT', 'EMERGENCY')),
        reason text NOT NULL,
        consent_given_by_id uuid,
        consent_relationship text,
        consent_given_at timestamptz,
        consent_scope text,
        no_consent_reason text,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        respond_by timestamptz NOT NULL,
        outcome text,
        idempotency_key text,
        request_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        CONSTRAINT referral_consent_complete CHECK (
          (consent_given_at IS NULL) = (consent_relationship IS NULL) AND (consent_given_at IS NULL) = (consent_scope IS NULL)),
        CONSTRAINT referral_consent_or_emergency CHECK (
          consent_given_at IS NOT NULL OR (urgency = 'EMERGENCY' AND no_consent_reason IS NOT NULL)),
        CONSTRAINT referral_idempotency_key_unique UNIQUE (from_agency_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX referral_family ON referral (family_id, created_at DESC)`);
    await q.query(`CREATE INDEX referral_inbox ON referral (to_agency_id, respond_by, id)`);
    await q.query(`CREATE INDEX referral_outbox ON referral (from_agency_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE referral_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral (id),
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL CHECK (action IN ('CREATE', 'ACCEPT', 'DECLINE', 'START', 'COMPLETE', 'WITHDRAW')),
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        actor_staff_id uuid,
        actor_agency_id uuid NOT NULL,
        note text,
        CONSTRAINT referral_event_creation_has_no_from CHECK ((action = 'CREATE') = (from_status IS NULL))
      )`);
    await q.query(`CREATE INDEX referral_event_referral ON referral_event (referral_id, at)`);
    await q.query(`
      CREATE FUNCTION referral_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'referral_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER referral_event_no_update BEFORE UPDATE OR DELETE ON referral_event
      FOR EACH ROW EXECUTE FUNCTION referral_event_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral_event, referral`);
    await q.query(`DROP FUNCTION referral_event_is_append_only()`);
  }
}
