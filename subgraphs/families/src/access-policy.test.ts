import { Caller } from '../../kit';
import { canReadRegistry, canWriteRegistry } from './access-policy';
import { canSeePlace, registryView } from './scope/registry-view';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const caller = (roles: Caller['roles'], jurisdiction: 'ID' | 'HK' = 'ID', agencyId: string | null = AGENCY): Caller => ({
  subject: 's',
  staffId: null,
  agencyId,
  roles,
  jurisdiction,
  area: [],
  serviceArea: [],
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
    const family = { jurisdiction: 'ID' as const, regionCode: '3674011001', hkDistrict: null, worksWith: true };
    expect(canSeePlace(caller(['AGENCY_STAFF']), { ...family, addressProtected: true, protectingAgencyId: AGENCY.toUpperCase() })).toBe(true);
    expect(canSeePlace(caller(['AGENCY_STAFF'], 'ID', '22222222-2222-4222-8222-222222222222'), { ...family, addressProtected: true, protectingAgencyId: AGENCY })).toBe(false);
    expect(canSeePlace(caller(['AGENCY_STAFF']), { ...family, addressProtected: false, protectingAgencyId: null })).toBe(true);
  });

  it('reaches a family by service area or by working with it, never a protected one by place', () => {
    const staff = { ...caller(['AGENCY_STAFF']), serviceArea: ['3674'] };
    const family = { jurisdiction: 'ID' as const, regionCode: '3674011001', hkDistrict: null, addressProtected: false, protectingAgencyId: null, worksWith: false };
    expect(registryView(staff, family)).toBe('FULL');
    expect(registryView(staff, { ...family, regionCode: '3509042001' })).toBe('NONE');
    expect(registryView(staff, { ...family, regionCode: '3509042001', worksWith: true })).toBe('FULL');
    expect(registryView(staff, { ...family, addressProtected: true, protectingAgencyId: '33333333-3333-4333-8333-333333333333' })).toBe('NONE');
    expect(registryView({ ...staff, serviceArea: [''] }, { ...family, regionCode: '3509042001' })).toBe('NONE');
    expect(registryView(caller(['REGISTRY_OFFICER']), { ...family, regionCode: '3509042001' })).toBe('IDENTITY');
    expect(registryView(staff, { ...family, jurisdiction: 'HK', worksWith: true })).toBe('NONE');
  });
});
