import { Caller, ForbiddenError } from '../../kit';
import { actsForAgency, canReadDirectory, canSeeAppointment, canSeeWorkload, caseText, isAppointmentParty } from './access-policy';

const PUSPAGA = '11111111-1111-4111-8111-111111111111';
const LK3 = '22222222-2222-4222-8222-222222222222';

function caller(overrides: Partial<Caller>): Caller {
  return { subject: 's', staffId: null, agencyId: PUSPAGA, roles: ['AGENCY_STAFF'], jurisdiction: 'ID', area: [], serviceArea: [], ...overrides };
}

describe('canReadDirectory', () => {
  it('lets agency staff read their own jurisdiction only', () => {
    expect(canReadDirectory(caller({}), 'ID')).toBe(true);
    expect(canReadDirectory(caller({}), 'HK')).toBe(false);
    expect(canReadDirectory(caller({}), null)).toBe(false);
  });

  it('needs an agency, except for an area manager', () => {
    expect(canReadDirectory(caller({ agencyId: null }), 'ID')).toBe(false);
    expect(canReadDirectory(caller({ agencyId: null, roles: ['AREA_MANAGER'] }), 'ID')).toBe(true);
  });

  it('shows an auditor nothing, even with an agency', () => {
    expect(canReadDirectory(caller({ roles: ['AUDITOR'] }), 'ID')).toBe(false);
  });
});

describe('appointments', () => {
  const appointment = { agencyId: PUSPAGA, familyRegion: '3273010001' };

  it('are seen by staff and systems of their agency, not of another', () => {
    expect(canSeeAppointment(caller({}), appointment)).toBe(true);
    expect(canSeeAppointment(caller({ roles: ['AGENCY_SYSTEM'] }), appointment)).toBe(true);
    expect(canSeeAppointment(caller({ agencyId: LK3 }), appointment)).toBe(false);
  });

  it('are seen by an area manager for families in the area, without being a party', () => {
    const manager = caller({ agencyId: LK3, roles: ['AREA_MANAGER'], area: ['3273'] });
    expect(canSeeAppointment(manager, appointment)).toBe(true);
    expect(isAppointmentParty(manager, appointment)).toBe(false);
    expect(canSeeAppointment({ ...manager, area: ['3674'] }, appointment)).toBe(false);
    expect(canSeeAppointment({ ...manager, area: ['3674'], agencyId: PUSPAGA }, appointment)).toBe(true);
  });

  it('show their free text to their own agency and refuse it to anyone else, empty or not', () => {
    expect(caseText(caller({}), appointment, 'Family moved away.', 'the reason')).toBe('Family moved away.');
    expect(caseText(caller({}), appointment, null, 'the reason')).toBeNull();
    const manager = caller({ agencyId: LK3, roles: ['AREA_MANAGER'], area: ['3273'] });
    for (const text of ['Family moved away.', null]) expect(() => caseText(manager, appointment, text, 'the reason')).toThrow(ForbiddenError);
    expect(() => caseText(manager, appointment, 'x', 'the reason')).toThrow("only the appointment's own agency sees the reason");
  });

  it('without a family (a community event) are seen by their agency and the area managers of its jurisdiction only', () => {
    const event = { agencyId: PUSPAGA, familyRegion: null, agencyJurisdiction: 'ID' as const };
    expect(canSeeAppointment(caller({}), event)).toBe(true);
    expect(canSeeAppointment(caller({ agencyId: LK3 }), event)).toBe(false);
    expect(canSeeAppointment(caller({ agencyId: LK3, roles: ['AREA_MANAGER'], area: ['3674'] }), event)).toBe(true);
    expect(canSeeAppointment(caller({ agencyId: null, roles: ['AREA_MANAGER'], jurisdiction: 'HK', area: ['Sha Tin'] }), event)).toBe(false);
    expect(canSeeAppointment(caller({ agencyId: LK3, roles: ['AREA_MANAGER'] }), { ...event, agencyJurisdiction: undefined })).toBe(false);
  });

  it('are not seen by a registry officer or an auditor of the agency', () => {
    expect(canSeeAppointment(caller({ roles: ['REGISTRY_OFFICER'] }), appointment)).toBe(false);
    expect(canSeeAppointment(caller({ roles: ['AUDITOR'] }), appointment)).toBe(false);
  });
});

describe('the agency’s own writes', () => {
  it('are made by its staff and systems, and by its own manager', () => {
    expect(actsForAgency(caller({}), PUSPAGA)).toBe(true);
    expect(actsForAgency(caller({}), PUSPAGA.toUpperCase())).toBe(true);
    expect(actsForAgency(caller({ roles: ['AGENCY_SYSTEM'] }), PUSPAGA)).toBe(true);
    expect(actsForAgency(caller({ roles: ['AREA_MANAGER'] }), PUSPAGA)).toBe(true);
  });

  it('are not made for another agency, without an agency, or by a registry officer or an auditor', () => {
    expect(actsForAgency(caller({}), LK3)).toBe(false);
    expect(actsForAgency(caller({ agencyId: null }), PUSPAGA)).toBe(false);
    expect(actsForAgency(caller({ roles: ['REGISTRY_OFFICER'] }), PUSPAGA)).toBe(false);
    expect(actsForAgency(caller({ roles: ['AUDITOR'] }), PUSPAGA)).toBe(false);
  });
});

describe('workload', () => {
  const lk3Worker = { agencyId: LK3, jurisdiction: 'ID' as const };

  it('is read by the staff member’s own agency, not by another', () => {
    expect(canSeeWorkload(caller({ agencyId: LK3 }), lk3Worker)).toBe(true);
    expect(canSeeWorkload(caller({}), lk3Worker)).toBe(false);
  });

  it('is read by an area manager of the jurisdiction for every agency', () => {
    expect(canSeeWorkload(caller({ roles: ['AREA_MANAGER'], area: ['3674'] }), lk3Worker)).toBe(true);
    expect(canSeeWorkload(caller({ roles: ['AREA_MANAGER'], jurisdiction: 'HK' }), lk3Worker)).toBe(false);
  });

  it('is not read by a registry officer or an auditor', () => {
    expect(canSeeWorkload(caller({ agencyId: LK3, roles: ['REGISTRY_OFFICER'] }), lk3Worker)).toBe(false);
    expect(canSeeWorkload(caller({ agencyId: LK3, roles: ['AUDITOR'] }), lk3Worker)).toBe(false);
  });
});
