import DataLoader from 'dataloader';
import { CalendarRepository, ClosureRow } from './calendar.repository';

/** The closed days of one agency (in one jurisdiction) between two dates. */
export interface AgencyClosuresKey {
  agencyId: string;
  jurisdiction: 'ID' | 'HK';
  from: string;
  to: string;
}

/**
 * A request-scoped loader of agencies' closed days: `agencies { closures(from, to) }` costs one query
 * per range asked, not one per agency.
 */
export function agencyClosuresLoader(calendars: CalendarRepository): DataLoader<AgencyClosuresKey, ClosureRow[], string> {
  return new DataLoader<AgencyClosuresKey, ClosureRow[], string>(
    async (keys) => {
      const ranges = new Map<string, AgencyClosuresKey[]>();
      for (const key of keys) ranges.set(`${key.from}|${key.to}`, [...(ranges.get(`${key.from}|${key.to}`) ?? []), key]);
      const results = new Map<string, ClosureRow[]>();
      await Promise.all(
        [...ranges.values()].map(async (group) => {
          const { from, to } = group[0];
          const rows = await calendars.closuresOf([...new Set(group.map((k) => k.agencyId))], [...new Set(group.map((k) => k.jurisdiction))], from, to);
          for (const key of group) {
            results.set(
              cacheKey(key),
              rows.filter((c) => c.agencyId === key.agencyId || (c.agencyId === null && c.jurisdiction === key.jurisdiction)),
            );
          }
        }),
      );
      return keys.map((key) => results.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey, maxBatchSize: 1000 },
  );
}

function cacheKey({ agencyId, jurisdiction, from, to }: AgencyClosuresKey): string {
  return `${agencyId}|${jurisdiction}|${from}|${to}`;
}
