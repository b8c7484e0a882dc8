import { randomUUID } from 'node:crypto';
import { AuditTrail, Caller, Database, ReadAuditWriter, Sql } from '../../subgraphs/kit';
import { copyTemplates } from '../support/stack';

const caller = (n: number): Caller => ({
  subject: `reader-${n}`,
  staffId: null,
  agencyId: randomUUID(),
  roles: ['AREA_MANAGER'],
  jurisdiction: 'ID',
  area: ['3674'],
  serviceArea: [],
});

/**
 * Reads' audit rows of requests ending together are written in one statement; each request still gets
 * its own rows, written before its answer leaves.
 */
describe('grouped audit writes of reads', () => {
  let db: Database;
  beforeAll(async () => {
    db = new Database({ name: 'families', url: (await copyTemplates()).families, entities: [], migrations: [] });
  });
  afterAll(() => db.close());

  /** A request's audit trail with one read of a family's records (and, for some, a refusal). */
  function trail(n: number, requestId: string) {
    const audit = new AuditTrail(caller(n), requestId, n % 2 ? `client-${n}` : null);
    const familyId = randomUUID();
    const recordId = randomUUID();
    audit.record('READ', 'Family', [{ id: recordId, familyId }]);
    if (n % 3 === 0) audit.denied('READ', 'Person', [randomUUID()]);
    return { audit, familyId, recordId };
  }

  it("writes many requests' rows in fewer statements, each request's rows its own and in the log when its flush returns", async () => {
    const writer = new ReadAuditWriter(db.asyncCommit);
    const requests = Array.from({ length: 60 }, (_, n) => {
      const requestId = `grouped-${randomUUID()}`;
      return { n, requestId, audit: trail(n, requestId).audit };
    });
    const before = db.statements;
    const checked = await Promise.all(
      requests.map(async (r) => {
        await r.audit.flush(db, writer);
        // Written by the time the flush returns: the answer may leave now.
        return db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE request_id = $1`, [r.requestId]);
      }),
    );
    const inserts = db.statements - before - requests.length;
    expect(checked.map(([row]) => Number(row.n))).toEqual(requests.map((r) => (r.n % 3 === 0 ? 2 : 1)));
    expect(inserts).toBeLessThan(requests.length / 4);
    const rows = await db.query<{ request_id: string; client_request_id: string | null; subject: string; roles: string[]; operation: string; record_type: string; outcome: string }>(
      `SELECT request_id, client_request_id, subject, roles, operation, record_type, outcome FROM audit_log WHERE request_id LIKE 'grouped-%' ORDER BY id`,
    );
    for (const r of requests) {
      const own = rows.filter((row) => row.request_id === r.requestId);
      expect(own.every((row) => row.subject === `reader-${r.n}` && row.client_request_id === (r.n % 2 ? `client-${r.n}` : null))).toBe(true);
      expect(own.map((row) => `${row.operation} ${row.record_type} ${row.outcome}`).sort()).toEqual(r.n % 3 === 0 ? ['READ Family ALLOWED', 'READ Person DENIED'] : ['READ Family ALLOWED']);
    }
  });

  it("keeps each row's record and family ids", async () => {
    const writer = new ReadAuditWriter(db.asyncCommit);
    const requestId = `ids-${randomUUID()}`;
    const { audit, familyId, recordId } = trail(1, requestId);
    await audit.flush(db, writer);
    const [row] = await db.query<{ record_ids: string[]; family_ids: string[]; agency_id: string }>(`SELECT record_ids, family_ids, agency_id FROM audit_log WHERE request_id = $1`, [requestId]);
    expect(row).toEqual({ record_ids: [recordId], family_ids: [familyId], agency_id: expect.any(String) });
  });

  it('writes a lone request at once, in a statement of its own', async () => {
    const writer = new ReadAuditWriter(db.asyncCommit);
    const before = db.statements;
    await trail(2, `alone-${randomUUID()}`).audit.flush(db, writer);
    expect(db.statements - before).toBe(1);
  });

  it('fails every request of a grouped insert that fails, and writes the next ones', async () => {
    let fail = true;
    const flaky: Sql = {
      query: async (text, values, name) => {
        if (fail) throw new Error('connection lost');
        return db.asyncCommit.query(text, values, name);
      },
    };
    const writer = new ReadAuditWriter(flaky, { concurrency: 1, maxRows: 500 });
    const failed = await Promise.allSettled(Array.from({ length: 5 }, (_, n) => trail(n, `lost-${randomUUID()}`).audit.flush(db, writer)));
    expect(failed.every((r) => r.status === 'rejected')).toBe(true);
    fail = false;
    const requestId = `after-${randomUUID()}`;
    await trail(4, requestId).audit.flush(db, writer);
    const [{ n }] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE request_id = $1`, [requestId]);
    expect(Number(n)).toBe(1);
  });

  it('leaves writes to their own durable statement', async () => {
    const writer = new ReadAuditWriter({ query: () => Promise.reject(new Error('reads only')) });
    const requestId = `write-${randomUUID()}`;
    const audit = new AuditTrail(caller(5), requestId);
    audit.record('WRITE', 'Family', [{ id: randomUUID(), familyId: randomUUID() }]);
    audit.record('READ', 'Person', [{ id: randomUUID(), familyId: randomUUID() }]);
    await audit.flush(db, writer);
    const rows = await db.query<{ operation: string }>(`SELECT operation FROM audit_log WHERE request_id = $1 ORDER BY operation`, [requestId]);
    expect(rows.map((r) => r.operation)).toEqual(['READ', 'WRITE']);
  });
});
