import { ForbiddenError } from '../../../kit';
import { FamilyResolvers } from '../generated/graphql';
import { regionPath } from '../identifiers';
import { canSeePlace } from '../scope/registry-view';
import { maskRegionDigits, regionDigitsWithheld, visibleFamily } from './family.access';
import { isChild } from '../person/person-age';
import { isProtectingAgency } from '../access-policy';
import { familyDocumentStatus } from '../documents/document-status';

/** Address parts named from the Kemendagri region code (province → regency → district → village). */
function addressOf(row: { street: string | null; rtRw: string | null; regionCode: string | null; hkDistrict: string | null }) {
  const path = row.regionCode ? regionPath(row.regionCode) : [];
  const at = (level: string) => path.find((r) => r.level === level)?.name ?? null;
  return {
    street: row.street,
    rtRw: row.rtRw,
    village: at('VILLAGE'),
    district: row.hkDistrict ?? at('DISTRICT'),
    regency: at('REGENCY'),
    province: row.hkDistrict ? null : at('PROVINCE'),
    regionCode: row.regionCode,
  };
}

export const Family: FamilyResolvers = {
  __resolveReference: (ref, ctx) => visibleFamily(ctx, ref.id),
  kkNumber: (family, _args, ctx) => (regionDigitsWithheld(ctx, family) ? maskRegionDigits(family.kkNumber) : family.kkNumber),
  documentStatus: (family) => familyDocumentStatus(family),
  addressProtectedByYourAgency: (family, _args, ctx) => family.addressProtected && isProtectingAgency(ctx.caller, family),
  kkNumberHistory: async (family, _args, ctx) => {
    const cards = await ctx.loaders.cards.load(family.id);
    return regionDigitsWithheld(ctx, family) ? cards.map((c) => ({ ...c, kkNumber: maskRegionDigits(c.kkNumber)! })) : cards;
  },
  address: (family, _args, ctx) => {
    if (!canSeePlace(ctx.caller, family)) {
      ctx.audit.denied('READ', 'FamilyAddress', [{ id: family.id, familyId: family.id }]);
      throw new ForbiddenError(
        family.addressProtected ? 'the address is protected and withheld from agencies other than the protecting agency' : 'the address is withheld: you may read this family’s identity fields only',
      );
    }
    ctx.audit.record('READ', 'FamilyAddress', [{ id: family.id, familyId: family.id }]);
    return addressOf(family);
  },
  members: async (family, _args, ctx) => {
    const members = await ctx.loaders.members.load(family.id);
    ctx.audit.record(
      'READ',
      'Person',
      members.map((m) => ({ id: m.id, familyId: family.id })),
    );
    return members;
  },
  head: async (family, _args, ctx) => {
    const head = (await ctx.loaders.members.load(family.id)).find((m) => m.relationship === 1) ?? null;
    if (head) ctx.audit.record('READ', 'Person', [{ id: head.id, familyId: family.id }]);
    return head;
  },
  hasChildren: async (family, _args, ctx) => {
    return (await ctx.loaders.members.load(family.id)).some((m) => isChild(m.birthDate, m.jurisdiction));
  },
};
