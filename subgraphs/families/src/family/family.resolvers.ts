import { ForbiddenError } from '../../../kit';
import { canSeeAddress } from '../access-policy';
import { FamilyResolvers } from '../generated/graphql';
import { regionPath } from '../identifiers';
import { visibleFamily } from './family.access';
import { isChild } from '../person/person-age';

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
  kkNumberHistory: (family, _args, ctx) => ctx.loaders.cards.load(family.id),
  address: (family, _args, ctx) => {
    if (!canSeeAddress(ctx.caller, family)) {
      throw new ForbiddenError('the address is protected and withheld from agencies other than the protecting agency');
    }
    return addressOf(family);
  },
  members: async (family, _args, ctx) => {
    const members = await ctx.loaders.members.load(family.id);
    ctx.audit.record('READ', 'Person', members.map((m) => ({ id: m.id, familyId: family.id })));
    return members;
  },
  head: async (family, _args, ctx) => (await ctx.loaders.members.load(family.id)).find((m) => m.relationship === 1) ?? null,
  hasChildren: async (family, _args, ctx) => {
    return (await ctx.loaders.members.load(family.id)).some((m) => isChild(m.birthDate, m.jurisdiction));
  },
};
