import { bulkInsert, Sql } from '../../kit';
import type { World } from '../../../demo/world-types';

/** Writes the demo world's agencies, their services and the families' service episodes. */
export async function seedServices(sql: Sql, world: World): Promise<void> {
  await bulkInsert(sql, 'agency', {
    id: 'uuid', code: 'text', name: 'text', kind: 'text', sector: 'text', jurisdiction: 'text', time_zone: 'text', region_code: 'text',
    area_served: 'text[]', address: 'text', phone: 'text', fax: 'text', email: 'text', operator: 'text',
  }, world.agencies.map((a) => ({
    id: a.id, code: a.code, name: a.name, kind: a.kind, sector: a.sector, jurisdiction: a.jurisdiction, time_zone: a.timeZone,
    region_code: a.regionCode, area_served: a.areaServed, address: a.contact.address, phone: a.contact.phone, fax: a.contact.fax,
    email: a.contact.email, operator: a.operator,
  })));
  await bulkInsert(sql, 'service', {
    id: 'uuid', agency_id: 'uuid', code: 'text', category: 'text', name: 'text', description: 'text', fee_free: 'boolean', eligibility: 'text', requires_child_role: 'boolean',
  }, world.agencies.flatMap((a) => a.services.map((s) => ({
    id: s.id, agency_id: a.id, code: s.code, category: s.category, name: s.name, description: s.description, fee_free: s.feeFree,
    eligibility: s.eligibility, requires_child_role: s.requiresChildRole,
  }))));
  await bulkInsert(sql, 'service_episode', {
    id: 'uuid', family_id: 'uuid', family_region: 'text', participant_ids: 'uuid[]', service_id: 'uuid', agency_id: 'uuid', status: 'text',
    opened_on: 'date', closed_on: 'date', closure_reason: 'text', lead_worker_id: 'uuid', child_role: 'text', notes: 'text', referral_id: 'uuid',
  }, world.episodes.map((e) => ({
    id: e.id, family_id: e.familyId, family_region: e.familyRegion, participant_ids: e.participantIds, service_id: e.serviceId, agency_id: e.agencyId,
    status: e.status, opened_on: e.openedOn, closed_on: e.closedOn, closure_reason: e.closureReason, lead_worker_id: e.leadWorkerId,
    child_role: e.childRole, notes: e.notes, referral_id: e.referralId,
  })));
}
