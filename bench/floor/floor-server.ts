import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { AGENCY_NAMES_SQL, APPOINTMENTS_SQL, EPISODES_SQL, FAMILY_SQL, REFERRALS_SQL, STAFF_NAMES_SQL } from './floor-queries';

/**
 * The SQL floor of the benchmark, a process of its own: POST {"id": familyId} answers the unified
 * profile's data as {"data": {"family": ...}}, read with one named (prepared) statement per database,
 * the four in parallel; agency and staff names across databases come from maps loaded at start.
 * No GraphQL, no tokens, no audit: the least work that returns the same data, to measure against.
 * Environment: PORT, FAMILIES/SERVICES/REFERRALS/SCHEDULING_DATABASE_URL, FLOOR_AREA (comma-separated
 * region prefixes the caller may see).
 */
type Json = Record<string, unknown>;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

const pool = (name: string) => new Pool({ connectionString: required(`${name}_DATABASE_URL`), max: 8 });
const pools = { families: pool('FAMILIES'), services: pool('SERVICES'), referrals: pool('REFERRALS'), scheduling: pool('SCHEDULING') };
const area = required('FLOOR_AREA')
  .split(',')
  .map((prefix) => `${prefix}%`);

async function doc(db: Pool, name: string, text: string, values: unknown[]): Promise<unknown> {
  const { rows } = await db.query<{ doc: unknown }>({ name, text, values });
  return rows[0]?.doc ?? null;
}

async function main(): Promise<void> {
  const agencies = new Map((await pools.services.query<{ id: string; name: string }>(AGENCY_NAMES_SQL)).rows.map((r) => [r.id, { id: r.id, name: r.name }]));
  const staff = new Map((await pools.scheduling.query<{ id: string; full_name: string; role: string }>(STAFF_NAMES_SQL)).rows.map((r) => [r.id, { id: r.id, fullName: r.full_name, role: r.role }]));
  const agencyName = (id: unknown) => (typeof id === 'string' ? (agencies.get(id) ?? null) : null);
  const staffMember = (id: unknown) => (typeof id === 'string' ? (staff.get(id) ?? null) : null);

  async function profile(id: string): Promise<Json | null> {
    const [family, episodes, referrals, appointments] = await Promise.all([
      doc(pools.families, 'floor_family', FAMILY_SQL, [id, area]),
      doc(pools.services, 'floor_episodes', EPISODES_SQL, [id]),
      doc(pools.referrals, 'floor_referrals', REFERRALS_SQL, [id]),
      doc(pools.scheduling, 'floor_appointments', APPOINTMENTS_SQL, [id]),
    ]);
    if (!family) return null;
    return {
      ...(family as Json),
      serviceEpisodes: (episodes as Json[]).map(({ leadWorkerId, ...e }) => ({ ...e, leadWorker: staffMember(leadWorkerId) })),
      referrals: (referrals as Json[]).map(({ fromAgencyId, toAgencyId, events, ...r }) => ({
        ...r,
        fromAgency: agencyName(fromAgencyId),
        toAgency: agencyName(toAgencyId),
        events: ((events as Json[] | null) ?? []).map(({ actorId, actorAgencyId, ...e }) => ({ ...e, actor: staffMember(actorId), actorAgency: agencyName(actorAgencyId) })),
      })),
      appointments: (appointments as Json[]).map(({ staff: member, ...a }) => {
        const { agencyId, ...rest } = member as Json;
        return { ...a, staff: { ...rest, agency: agencyName(agencyId) } };
      }),
    };
  }

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url === '/health') return send(res, 200, { ready: true });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      let id: unknown;
      try {
        id = (JSON.parse(body) as { id?: unknown }).id;
      } catch {
        return send(res, 400, { errors: [{ message: 'body must be JSON {"id": ...}' }] });
      }
      if (typeof id !== 'string') return send(res, 400, { errors: [{ message: 'id must be a string' }] });
      profile(id).then(
        (family) => send(res, 200, { data: { family } }),
        (err: Error) => send(res, 500, { errors: [{ message: err.message }] }),
      );
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(required('PORT')), '127.0.0.1');
  const stop = () => server.close(() => Promise.all(Object.values(pools).map((p) => p.end())).then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: Error) => {
  console.error(`floor server failed: ${err.message}`);
  process.exit(1);
});
