import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import DataLoader from 'dataloader';
import { GraphQLError, parse } from 'graphql';
import { formatError, INTERNAL_HEADER, repoPath, verifyIdentityToken } from '../../subgraphs/kit';

/** The flaws a broken subgraph can be started with, each off unless asked for. */
export interface BrokenSubgraphFlaws {
  /**
   * Serves every request whatever its identity token (none, forged, expired, for another subgraph).
   * @default false
   */
  noTokenCheck?: boolean;
  /**
   * Resolves parenting-class references one by one, each awaiting its own ~2 ms look-up, instead of
   * one look-up for the whole batch.
   * @default false
   */
  unbatched?: boolean;
  /**
   * Answers errors unmasked, with stack traces (`includeStacktraceInErrorResponses`); a look-up of an id
   * that is not a UUID fails with the database's words and the statement.
   * @default false
   */
  leakStack?: boolean;
}

/** A running broken subgraph. */
export interface BrokenSubgraph {
  name: string;
  url: string;
  schemaFile: string;
  /** The classes it holds, and the families enrolled in them. */
  classes: ReadonlyArray<{ id: string; title: string; familyIds: string[] }>;
  stop(): Promise<void>;
}

export const BROKEN_SUBGRAPH_SCHEMA = repoPath('test', 'conformance', 'broken-subgraph.graphql');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What one look-up in the class store takes, as one query to a database on the same host would. */
const LOOKUP_MS = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Context extends BaseContext {
  classLoader: DataLoader<string, { id: string; title: string } | null>;
  /** The request's one connection to the store: unbatched look-ups queue on it. */
  connection: Promise<unknown>;
}

/**
 * A small agency subgraph with flaws that can be switched on: it extends Family with its classes and
 * owns ParentingClass, holding a few classes in memory. It is what the conformance check must catch,
 * each flaw on its own row.
 */
export async function startBrokenSubgraph(flaws: BrokenSubgraphFlaws = {}, name = 'puspaga'): Promise<BrokenSubgraph> {
  const classes: Array<{ id: string; title: string; familyIds: string[] }> = [
    { id: randomUUID(), title: 'Kelas Pengasuhan Positif', familyIds: [randomUUID()] },
    { id: randomUUID(), title: 'Kelas Ayah Hebat', familyIds: [] },
  ];
  const byId = new Map(classes.map((c) => [c.id, c]));
  /** One look-up of many ids; an id that is not a UUID fails as PostgreSQL refuses it. */
  const lookUp = async (ids: readonly string[]) => {
    await sleep(LOOKUP_MS);
    const wrong = ids.find((id) => typeof id !== 'string' || !UUID.test(id));
    if (wrong !== undefined) throw new Error(`invalid input syntax for type uuid: "${String(wrong)}" in SELECT id, title FROM parenting_class WHERE id = ANY($1)`);
    return ids.map((id) => {
      const found = byId.get(id);
      return found ? { id: found.id, title: found.title } : null;
    });
  };
  const resolvers = {
    Query: {
      parentingClass: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.classLoader.load(id),
    },
    ParentingClass: {
      __resolveReference(ref: { id: string }, ctx: Context) {
        if (!flaws.unbatched) return ctx.classLoader.load(ref.id);
        const next = ctx.connection.then(() => lookUp([ref.id]).then(([row]) => row));
        ctx.connection = next.catch(() => undefined);
        return next;
      },
    },
    Family: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      parentingClasses: (family: { id: string }) => classes.filter((c) => c.familyIds.includes(family.id)).map(({ id, title }) => ({ id, title })),
    },
  };
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs: parse(readFileSync(BROKEN_SUBGRAPH_SCHEMA, 'utf8')), resolvers: resolvers as never }]),
    includeStacktraceInErrorResponses: flaws.leakStack === true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    ...(flaws.leakStack ? {} : { formatError }),
  });
  await apollo.start();

  const context = async (req: IncomingMessage): Promise<Context> => {
    if (!flaws.noTokenCheck) {
      const header = req.headers[INTERNAL_HEADER];
      try {
        await verifyIdentityToken(typeof header === 'string' ? header : undefined, name);
      } catch (err) {
        throw new GraphQLError((err as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
    }
    return { classLoader: new DataLoader((ids) => lookUp(ids)), connection: Promise.resolve() };
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health/live' || path === '/health/ready') return send(res, 200, { status: 'up' });
    if (path !== '/graphql') return send(res, 404, { error: 'not found' });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, 400, { errors: [{ message: 'Invalid JSON in the request body', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: '', body },
      context: () => context(req),
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error' }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    name,
    url,
    schemaFile: BROKEN_SUBGRAPH_SCHEMA,
    classes,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
