import { Caller, ForbiddenError } from '../../kit';
import { AccessRole } from '../../../domain/access-roles';
import { actingAgency, canSeeChildRoles, canSeeEpisode, caseText, isParty } from './access-policy';
import { EpisodeRow } from './episode/episode.repository';

const AGENCY = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const episode = { agencyId: AGENCY, familyRegion: '5271011001' } as EpisodeRow;

function caller(roles: AccessRole[], agencyId: string | null, area: string[] = []): Caller {
  return { subject: 'test', staffId: null, agencyId, roles, jurisdiction: 'ID', area, serviceArea: [] };
}

describe('episode access policy (the agencies party to an episode, need to know)', () => {
  it.each(['AGENCY_STAFF', 'AGENCY_SYSTEM', 'AREA_MANAGER'] as const)('%s writes for its own agency', (role) => {
    expect(actingAgency(caller([role], AGENCY.toUpperCase()))).toBe(AGENCY);
  });

  it.each(['AUDITOR', 'REGISTRY_OFFICER'] as const)('%s alone writes no episode', (role) => {
    expect(actingAgency(caller([role], AGENCY))).toBeNull();
  });

  it('refuses a caller without a well-formed agency', () => {
    expect(actingAgency(caller(['AGENCY_STAFF'], null))).toBeNull();
    expect(actingAgency(caller(['AGENCY_STAFF'], 'lk3'))).toBeNull();
  });

  it('lets a manager of the area see but not own another agency’s episode', () => {
    const manager = caller(['AREA_MANAGER'], OTHER, ['5271']);
    expect(canSeeEpisode(manager, episode)).toBe(true);
    expect(isParty(manager, episode)).toBe(false);
  });

  it('shows free text about the case to the episode’s agency and refuses it to anyone else, empty or not', () => {
    expect(caseText(caller(['AGENCY_STAFF'], AGENCY), episode, 'Safety plan agreed.', 'the case notes')).toBe('Safety plan agreed.');
    expect(caseText(caller(['AGENCY_STAFF'], AGENCY), episode, null, 'the case notes')).toBeNull();
    const manager = caller(['AREA_MANAGER'], OTHER, ['5271']);
    for (const text of ['Safety plan agreed.', null]) expect(() => caseText(manager, episode, text, 'the case notes')).toThrow(ForbiddenError);
    expect(() => caseText(manager, episode, 'x', 'the case notes')).toThrow('only the agency delivering the episode sees the case notes');
  });

  it('shows the children’s roles to the delivering agency and the referral’s sender, and to nobody else', () => {
    const SENDER = 'a0000000-0000-4000-8000-000000000003';
    const fromReferral = { ...episode, referringAgencyId: SENDER } as EpisodeRow;
    expect(canSeeChildRoles(caller(['AGENCY_STAFF'], AGENCY), fromReferral)).toBe(true);
    expect(canSeeChildRoles(caller(['AREA_MANAGER'], SENDER.toUpperCase(), ['5271']), fromReferral)).toBe(true);
    expect(canSeeChildRoles(caller(['AUDITOR'], SENDER), fromReferral)).toBe(false);
    expect(canSeeChildRoles(caller(['AREA_MANAGER'], OTHER, ['5271']), fromReferral)).toBe(false);
    expect(canSeeChildRoles(caller(['AREA_MANAGER'], SENDER, ['5271']), { ...episode, referringAgencyId: null } as EpisodeRow)).toBe(false);
  });
});
