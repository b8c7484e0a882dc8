import { Caller } from '../../kit';
import { canReadRegistry, canSeeAddress, canWriteRegistry } from './access-policy';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const caller = (roles: Caller['roles'], jurisdiction: 'ID' | 'HK' = 'ID', agencyId: string | null = AGENCY): Caller => ({
  subject: 's', staffId: null, agencyId, roles, jurisdiction, area: [], serviceArea: [],
});

describe('registry access policy', () => {
  it('lets agency staff and agency systems write in their own jurisdiction only', () => {
    expect(canWriteRegistry(caller(['AGENCY_STAFF']), 'ID')).toBe(true);
    expect(canWriteRegistry(caller(['AGENCY_SYSTEM']), 'ID')).toBe(true);
    expect(canWriteRegistry(caller(['AGENCY_STAFF']), 'HK')).toBe(false);
    expect(canWriteRegistry(caller(['AGENCY_STAFF'], 'ID', null), 'ID')).toBe(false);
  });

  it('keeps managers, auditors and registry officers read-only', () => {
    expect(canWriteRegistry(caller(['AREA_MANAGER']), 'ID')).toBe(false);
    expect(canWriteRegistry(caller(['AUDITOR']), 'ID')).toBe(false);
    expect(canWriteRegistry(caller(['REGISTRY_OFFICER']), 'ID')).toBe(false);
    expect(canReadRegistry(caller(['AREA_MANAGER']), 'ID')).toBe(true);
    expect(canReadRegistry(caller(['AUDITOR']), 'ID')).toBe(false);
  });

  it('shows a protected address to the protecting agency only, whatever the case of the uuid', () => {
    expect(canSeeAddress(caller(['AGENCY_STAFF']), { addressProtected: true, protectingAgencyId: AGENCY.toUpperCase() })).toBe(true);
    expect(canSeeAddress(caller(['AGENCY_STAFF'], 'ID', '22222222-2222-4222-8222-222222222222'), { addressProtected: true, protectingAgencyId: AGENCY })).toBe(false);
    expect(canSeeAddress(caller(['AGENCY_STAFF']), { addressProtected: false, protectingAgencyId: null })).toBe(true);
  });
});
