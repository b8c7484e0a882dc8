import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSupergraphConfig } from './supergraph-config';
import { repoPath } from './paths';

describe('the composition config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (text: string) => {
    const file = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return file;
  };

  it('lists the four subgraphs with their routing URLs and schema files', () => {
    const config = readSupergraphConfig(repoPath('supergraph.yaml'));
    expect(config.federationVersion).toBe('=2.14.4');
    expect(config.subgraphs.map((s) => [s.name, s.routingUrl, s.schemaFile])).toEqual(
      ['families', 'services', 'referrals', 'scheduling'].map((name, i) => [name, `http://127.0.0.1:${4001 + i}/graphql`, repoPath('schema', `${name}.graphql`)]),
    );
  });

  it('resolves schema files beside the config and takes a new entry as a new subgraph', () => {
    const file = write('federation_version: =2.14.4\nsubgraphs:\n  puspaga:\n    routing_url: http://127.0.0.1:4010/graphql\n    schema:\n      file: ./puspaga.graphql\n');
    expect(readSupergraphConfig(file).subgraphs).toEqual([{ name: 'puspaga', routingUrl: 'http://127.0.0.1:4010/graphql', schemaFile: join(dir, 'puspaga.graphql') }]);
  });

  it.each([
    ['subgraphs: {}\n', /federation_version is missing/],
    ['federation_version: =1.1\nsubgraphs:\n  a:\n    routing_url: http://x/graphql\n    schema: { file: a.graphql }\n', /not a Federation 2 version/],
    ['federation_version: =2.14.4\n', /subgraphs is missing or empty/],
    ['federation_version: =2.14.4\nsubgraphs:\n  Bad_Name:\n    routing_url: http://x/graphql\n    schema: { file: a.graphql }\n', /subgraph "Bad_Name": names are lower case/],
    ['federation_version: =2.14.4\nsubgraphs:\n  a:\n    routing_url: ftp://x\n    schema: { file: a.graphql }\n', /subgraph "a": routing_url must be an http\(s\) URL/],
    ['federation_version: =2.14.4\nsubgraphs:\n  a:\n    routing_url: http://x/graphql\n    schema: { subgraph_url: http://x/graphql }\n', /subgraph "a": schema.file must name its SDL file/],
    ['federation_version: [\n', /not valid YAML/],
  ])('refuses %j, naming the entry', (text, message) => {
    expect(() => readSupergraphConfig(write(text))).toThrow(message);
  });

  it('refuses a file it cannot read', () => {
    expect(() => readSupergraphConfig(join(dir, 'missing.yaml'))).toThrow(/cannot be read/);
  });
});
