import type { Context } from '../context';
import type { DuplicateReason } from '../generated/graphql';
import type { ValidMember } from '../input/member-input';
import type { PersonRow } from '../person/person.repository';
import type { FamilyRow } from '../family/family.repository';
import { CandidateRow, Probe } from './duplicate.repository';
import { Place, REPORTED_MATCH, sameRegion, scoreMatch } from './duplicate-score';
import { withoutSafetyConflicts } from './safety-filter';

/** At most this many candidates are reported for one family or registration. */
const MAX_CANDIDATES = 50;

/** A possible duplicate as the API reports it. */
export interface Candidate {
  personId: string;
  person: PersonRow;
  /** The probe it matched: a member's id (possibleDuplicates) or position in input.members (registerFamily). */
  probe: string;
  score: number;
  nameSimilarity: number;
  reasons: DuplicateReason[];
}

/**
 * Record linkage: who in the registry may be the same person as a member being registered or already on
 * a family. Scores are in duplicate-score.ts; safety links keep a protected person from being suggested
 * to a family in which the alleged perpetrator is a member (safety-filter.ts).
 */

/**
 * Candidates for the members of a registration. The family does not exist yet, so "a family in which
 * the alleged perpetrator is a member" is read through the records its members may be: any candidate,
 * whatever its score. A person protected against one of those records (or their families) is not
 * suggested, so a near match of the perpetrator never comes back beside the persons they threaten.
 */
export async function duplicatesOfRegistration(ctx: Context, members: readonly ValidMember[], place: Place, jurisdiction: 'ID' | 'HK'): Promise<Candidate[]> {
  const probes = members.map((m, i) => ({ key: String(i), fullName: m.fullName, nik: m.nik, hkid: m.hkid, birthDate: m.birthDate }));
  const scored = score(await ctx.repos.duplicates.candidates(probes, jurisdiction, []), probes, place);
  return reportCandidates(ctx, scored, new Set(), new Set());
}

/** Candidates for a family's current members among everyone else in the registry of its jurisdiction. */
export async function duplicatesOfFamily(ctx: Context, family: FamilyRow): Promise<Candidate[]> {
  const members = await ctx.loaders.members.load(family.id);
  const probes = members.map((m) => ({ key: m.id, fullName: m.fullName, nik: m.nik, hkid: m.hkid, birthDate: m.birthDate }));
  if (probes.length === 0) return [];
  const rows = await ctx.repos.duplicates.candidates(
    probes,
    family.jurisdiction,
    members.map((m) => m.id),
  );
  return reportCandidates(ctx, score(rows, probes, family), new Set(members.map((m) => m.id)), new Set([family.id]));
}

/**
 * The candidates to report. Every candidate may be the person they resemble, so each one restricts
 * the list as a family member does: a person protected against any candidate (or a candidate's
 * family) is dropped, at any score.
 */
async function reportCandidates(ctx: Context, scored: Candidate[], restrictedPersons: Set<string>, restrictedFamilies: Set<string>): Promise<Candidate[]> {
  for (const c of scored) {
    restrictedPersons.add(c.personId);
    if (c.person.familyId) restrictedFamilies.add(c.person.familyId);
  }
  const links = await ctx.repos.duplicates.linksProtecting([...new Set(scored.map((c) => c.personId))]);
  const kept = withoutSafetyConflicts(scored, links, restrictedPersons, restrictedFamilies)
    .filter((c) => c.score >= REPORTED_MATCH)
    .sort((a, b) => b.score - a.score || a.probe.localeCompare(b.probe) || a.personId.localeCompare(b.personId))
    .slice(0, MAX_CANDIDATES);
  ctx.audit.record(
    'READ',
    'Person',
    kept.map((c) => ({ id: c.personId, familyId: c.person.familyId })),
  );
  return kept;
}

function score(rows: readonly CandidateRow[], probes: readonly Probe[], place: Place): Candidate[] {
  const byKey = new Map(probes.map((p) => [p.key, p]));
  return rows.map(({ probe: key, nameSimilarity, regionCode, hkDistrict, ...person }) => {
    const probe = byKey.get(key)!;
    const match = scoreMatch({
      sameNik: probe.nik !== null && probe.nik === person.nik,
      sameHkid: probe.hkid !== null && probe.hkid === person.hkid,
      nameSimilarity,
      sameBirthDate: probe.birthDate !== null && probe.birthDate === person.birthDate,
      sameRegion: sameRegion(place, { regionCode, hkDistrict }),
    });
    return { personId: person.id, person, probe: key, nameSimilarity: Math.round(nameSimilarity * 1000) / 1000, ...match };
  });
}
