import type { World, WorldFamily } from '../../demo/world-types';
import { clock } from '../../subgraphs/kit';

/** Records of one family in the demo world, as each subgraph holds them. */
export function recordsOf(world: World, familyId: string) {
  return {
    episodes: world.episodes.filter((e) => e.familyId === familyId),
    referrals: world.referrals.filter((r) => r.familyId === familyId),
    appointments: world.appointments.filter((a) => a.familyId === familyId),
  };
}

/** A family of a region that has episodes, referrals and upcoming appointments: a full profile. */
export function fullProfileFamily(world: World, regionPrefix: string): WorldFamily {
  const now = clock.nowMs();
  const family = world.families.find((f) => {
    if (!(f.regionCode ?? f.hkDistrict ?? '').startsWith(regionPrefix) || f.addressProtected) return false;
    const r = recordsOf(world, f.id);
    return r.episodes.some((e) => e.leadWorkerId) && r.referrals.some((x) => x.events.length > 1) && r.appointments.some((a) => Date.parse(a.endsAt) > now);
  });
  if (!family) throw new Error(`the demo world has no full profile family in ${regionPrefix}`);
  return family;
}
