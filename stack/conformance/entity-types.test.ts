import { parse } from 'graphql';
import { entityTypes, fieldTypes } from './entity-types';
import { leakIn } from './leaks';
import { entryProblem, knownRepresentation, unknownRepresentation } from './representations';
import { Answer } from './subgraph-client';

const SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Agency @key(fields: "id") { id: ID! name: String! }
  type Family @key(fields: "id") { id: ID! classes: [String!] }
  type Trail @key(fields: "familyId") { familyId: ID! entries: [String!] }
  type Staff @key(fields: "id", resolvable: false) { id: ID! }
  type Slot @key(fields: "staffId day") { staffId: ID! day: Int! note: String! }
  type Query { agency(id: ID!): Agency trail(familyId: ID!): Trail slots: [Slot!]! }
`);

describe('entity types of a subgraph SDL', () => {
  const entities = entityTypes(SDL);
  const byName = Object.fromEntries(entities.map((e) => [e.typename, e]));

  it('lists the types with a resolvable key, and owns only those it answers by itself with values of its own', () => {
    expect(entities.map((e) => [e.typename, e.fields, e.owned])).toEqual([
      ['Agency', 'id', true],
      ['Family', 'id', false],
      ['Trail', 'familyId', false],
      ['Slot', 'staffId day', false],
    ]);
  });

  it('builds unknown representations by the key fields types', () => {
    const slot = unknownRepresentation(byName.Slot, fieldTypes(SDL));
    expect(slot).toEqual({ __typename: 'Slot', staffId: expect.stringMatching(/^[0-9a-f-]{36}$/), day: expect.any(Number) });
  });

  it('accepts null or the same entity, and refuses another, or an object for an unknown id of an owned type', () => {
    const sent = { representation: { __typename: 'Agency', id: 'a' }, entity: byName.Agency, known: false };
    expect(entryProblem(sent, null, 0)).toBeNull();
    expect(entryProblem(sent, { __typename: 'Agency', id: 'a' }, 0)).toMatch(/an id nobody holds, of a type the subgraph owns/);
    expect(entryProblem({ ...sent, known: true }, { __typename: 'Agency', id: 'a' }, 0)).toBeNull();
    expect(entryProblem({ ...sent, known: true }, { __typename: 'Agency', id: 'b' }, 0)).toMatch(/answered id "b"/);
    expect(entryProblem({ ...sent, known: true }, null, 0)).toMatch(/answered null for an entity given with --known/);
    const family = { representation: { __typename: 'Family', id: 'f' }, entity: byName.Family, known: false };
    expect(entryProblem(family, { __typename: 'Family', id: 'f' }, 1)).toBeNull();
    expect(entryProblem(family, { __typename: 'Agency', id: 'f' }, 1)).toMatch(/answered a Agency/);
  });

  it('takes --known only for types keyed by one field', () => {
    expect(knownRepresentation({ typename: 'Agency', id: 'x' }, entities).representation).toEqual({ __typename: 'Agency', id: 'x' });
    expect(() => knownRepresentation({ typename: 'Slot', id: 'x' }, entities)).toThrow(/keyed by one field/);
    expect(() => knownRepresentation({ typename: 'Staff', id: 'x' }, entities)).toThrow(/no resolvable entity type Staff/);
  });
});

describe('leaks in an answer', () => {
  const answer = (body: unknown): Answer => ({ status: 200, text: JSON.stringify(body), body: body as Answer['body'], ms: 1 });

  it('sees stack traces, source locations and SQL text', () => {
    expect(leakIn(answer({ errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [] } }] }))).toBe('extensions.stacktrace');
    expect(leakIn(answer({ errors: [{ message: 'Error: boom\n    at f (server.js:1:2)' }] }))).toBe('a stack frame');
    expect(leakIn(answer({ errors: [{ message: 'failed in resolver.ts:12' }] }))).toBe('a TypeScript source location');
    expect(leakIn(answer({ errors: [{ message: 'SELECT id FROM family' }] }))).toBe('SQL text (SELECT)');
    expect(leakIn(answer({ errors: [{ message: 'relation "family" does not exist' }] }))).toBe('a database relation name');
  });

  it('passes a masked error', () => {
    expect(leakIn(answer({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toBeNull();
  });
});
