import { namedUuid, Random } from '../../demo/random';
import type { StaffRole } from '../../demo/reference/agency-types';
import type { WorldStaff } from '../../demo/world-types';
import { AgencyIndex } from './agency-index';
import { CopyFileWriter } from './copy-file-writer';
import { personName } from './person-names';

/** A staff member as the generator needs them: who, where, when they work. */
export interface BenchStaff {
  id: string;
  agencyId: string;
  role: StaffRole;
  active: boolean;
  rosterSessionIds: string[];
}

/**
 * Scales the demo world's staff up to `total`: each agency keeps its demo staff (loaded by the demo
 * seeder) and gets more in proportion to its demo headcount, in the roles its demo staff hold. The
 * extra staff and their rosters are written for COPY; all staff are returned.
 */
export function extendStaff(
  rng: Random,
  index: AgencyIndex,
  worldStaff: readonly WorldStaff[],
  total: number,
  out: { staff: CopyFileWriter<'staff'>; roster: CopyFileWriter<'staff_roster'> },
): BenchStaff[] {
  const all: BenchStaff[] = worldStaff.map((s) => ({ id: s.id, agencyId: s.agencyId, role: s.role, active: s.active, rosterSessionIds: s.rosterSessionIds }));
  const extra = Math.max(0, total - worldStaff.length);
  const staffed = index.agencies.map((agency) => ({ agency, own: worldStaff.filter((s) => s.agencyId === agency.id) })).filter((a) => a.own.length > 0);
  const shares = staffed.map(({ own }) => Math.floor((extra * own.length) / worldStaff.length));
  for (let left = extra - shares.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i = (i + 1) % shares.length) shares[i]++;
  staffed.forEach(({ agency, own }, k) => {
    const count = shares[k];
    const city = index.get(agency.id).city;
    for (let n = 0; n < count; n++) {
      const model = rng.pick(own);
      const sex = rng.chance(0.6) ? 'FEMALE' : 'MALE';
      const partTime = model.role === 'VOLUNTEER' || rng.chance(0.15);
      const staff: BenchStaff = {
        id: namedUuid(`${agency.code}/bench-staff/${n}`),
        agencyId: agency.id,
        role: model.role,
        active: !rng.chance(0.05),
        rosterSessionIds: agency.sessions.filter((_, i) => !partTime || i % 2 === n % 2).map((s) => s.id),
      };
      all.push(staff);
      out.staff.write({ id: staff.id, agency_id: agency.id, full_name: personName(rng, city, sex), role: staff.role, languages: model.languages, active: staff.active });
      for (const sessionId of staff.rosterSessionIds) out.roster.write({ staff_id: staff.id, session_id: sessionId });
    }
  });
  return all;
}
