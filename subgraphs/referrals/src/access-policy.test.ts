import { Caller, ForbiddenError } from '../../kit';
import { AccessRole } from '../../../domain/access-roles';
import { actingAgency, canSeeReferral, canSeeSensitive, caseText, mayReadReferrals, queueAccess, sideOf } from './access-policy';

const SENDER = 'a0000000-0000-4000-8000-000000000001';
const RECEIVER = 'a0000000-0000-4000-8000-000000000002';
const OTHER = 'a0000000-0000-4000-8000-000000000003';
const referral = { fromAgencyId: SENDER, toAgencyId: RECEIVER, familyRegion: '3273010001' };

function caller(roles: AccessRole[], agencyId: string | null, area: string[] = []): Caller {
  return { subject: 'test', staffId: null, agencyId, roles, jurisdiction: 'ID', area, serviceArea: [] };
}

describe('referral access policy (the agencies party to a referral, need to know)', () => {
  it.each(['AGENCY_STAFF', 'AGENCY_SYSTEM'] as const)('%s sees referrals its agency sent or received, reason included', (role) => {
    for (const agency of [SENDER, RECEIVER]) {
      expect(canSeeReferral(caller([role], agency), referral)).toBe(true);
      expect(canSeeSensitive(caller([role], agency), referral)).toBe(true);
    }
    expect(canSeeReferral(caller([role], OTHER), referral)).toBe(false);
  });

  it('compares agency ids case-insensitively', () => {
    expect(canSeeReferral(caller(['AGENCY_STAFF'], SENDER.toUpperCase()), referral)).toBe(true);
  });

  it('an AREA_MANAGER sees referrals in their area, redacted unless their agency is party', () => {
    const manager = caller(['AREA_MANAGER'], OTHER, ['3273']);
    expect(canSeeReferral(manager, referral)).toBe(true);
    expect(canSeeSensitive(manager, referral)).toBe(false);
    expect(canSeeReferral(caller(['AREA_MANAGER'], OTHER, ['3509']), referral)).toBe(false);
    const partyManager = caller(['AREA_MANAGER'], RECEIVER, ['3509']);
    expect(canSeeReferral(partyManager, referral)).toBe(true);
    expect(canSeeSensitive(partyManager, referral)).toBe(true);
  });

  it.each(['AUDITOR', 'REGISTRY_OFFICER'] as const)('%s alone sees no referral, even of its own agency', (role) => {
    expect(mayReadReferrals(caller([role], SENDER, ['3273']))).toBe(false);
    expect(canSeeReferral(caller([role], SENDER, ['3273']), referral)).toBe(false);
    expect(canSeeSensitive(caller([role], SENDER), referral)).toBe(false);
  });

  it('shows free text about the case to the parties and refuses it to anyone else, empty or not', () => {
    for (const agency of [SENDER, RECEIVER]) {
      expect(caseText(caller(['AGENCY_STAFF'], agency), referral, 'Moved in with an aunt.', 'the outcome')).toBe('Moved in with an aunt.');
      expect(caseText(caller(['AGENCY_STAFF'], agency), referral, null, 'the outcome')).toBeNull();
    }
    const manager = caller(['AREA_MANAGER'], OTHER, ['3273']);
    for (const text of ['Moved in with an aunt.', null]) {
      expect(() => caseText(manager, referral, text, 'the outcome')).toThrow(ForbiddenError);
    }
    expect(() => caseText(manager, referral, 'x', 'the outcome')).toThrow('only the agencies party to the referral see the outcome');
  });

  it('a caller without an agency is party to nothing', () => {
    expect(canSeeReferral(caller(['AGENCY_STAFF'], null), referral)).toBe(false);
  });

  describe('queueAccess', () => {
    it("gives an agency's own callers the whole queue", () => {
      expect(queueAccess(caller(['AGENCY_STAFF'], RECEIVER), RECEIVER)).toEqual({ areaPrefixes: null });
      expect(queueAccess(caller(['AGENCY_SYSTEM'], RECEIVER), RECEIVER)).toEqual({ areaPrefixes: null });
      expect(queueAccess(caller(['AREA_MANAGER'], RECEIVER, ['3273']), RECEIVER)).toEqual({ areaPrefixes: null });
    });

    it("gives a manager of another agency the queue's referrals in their area", () => {
      expect(queueAccess(caller(['AREA_MANAGER'], OTHER, ['3273', '3509']), RECEIVER)).toEqual({ areaPrefixes: ['3273', '3509'] });
    });

    it('spells a Hong Kong manager’s area out with the places inside it, and no wider', () => {
      const access = queueAccess(caller(['AREA_MANAGER'], OTHER, ['Sai Kung']), RECEIVER);
      expect(access?.areaPrefixes).toEqual(expect.arrayContaining(['Sai Kung', 'Tseung Kwan O']));
      expect(access?.areaPrefixes).not.toContain('Kwun Tong');
    });

    it('refuses anyone else', () => {
      expect(queueAccess(caller(['AGENCY_STAFF'], OTHER), RECEIVER)).toBeNull();
      expect(queueAccess(caller(['AUDITOR'], RECEIVER), RECEIVER)).toBeNull();
      expect(queueAccess(caller(['REGISTRY_OFFICER'], RECEIVER), RECEIVER)).toBeNull();
    });
  });
});

describe('who may write referrals', () => {
  it('acts for the caller’s own agency when the role works referrals', () => {
    expect(actingAgency(caller(['AGENCY_STAFF'], SENDER.toUpperCase()))).toBe(SENDER);
    expect(actingAgency(caller(['AGENCY_SYSTEM'], SENDER))).toBe(SENDER);
    expect(actingAgency(caller(['AREA_MANAGER'], SENDER, ['3273']))).toBe(SENDER);
  });

  it.each(['AUDITOR', 'REGISTRY_OFFICER'] as const)('%s alone writes nothing', (role) => {
    expect(actingAgency(caller([role], SENDER))).toBeNull();
    expect(sideOf(caller([role], SENDER), referral)).toBeNull();
  });

  it('refuses a caller without an agency or with a malformed one', () => {
    expect(actingAgency(caller(['AGENCY_STAFF'], null))).toBeNull();
    expect(actingAgency(caller(['AGENCY_STAFF'], 'not-a-uuid'))).toBeNull();
  });

  it('tells the sending side from the receiving side', () => {
    expect(sideOf(caller(['AGENCY_STAFF'], SENDER), referral)).toBe('SENDER');
    expect(sideOf(caller(['AGENCY_STAFF'], RECEIVER), referral)).toBe('RECEIVER');
    expect(sideOf(caller(['AGENCY_STAFF'], OTHER), referral)).toBeNull();
    expect(sideOf(caller(['AREA_MANAGER'], OTHER, ['3273']), referral)).toBeNull();
  });
});
