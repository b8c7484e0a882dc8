import { readFileSync } from 'node:fs';
import { GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, DocumentNode } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { repoPath, SUBGRAPH_NAMES } from '../subgraphs/kit';

/** Dashboard developers read the schema in the explorer: every type, field and enum value says what it is. */
describe.each(SUBGRAPH_NAMES)('schema/%s.graphql', (name) => {
  const sdl = readFileSync(repoPath('schema', `${name}.graphql`), 'utf8');
  const schema = buildSubgraphSchema(parse(sdl) as DocumentNode);
  const own = (t: GraphQLNamedType) =>
    !t.name.startsWith('_') && !t.name.startsWith('link__') && !t.name.startsWith('federation__') && new RegExp(`\\b(type|enum|input|scalar|interface|union) ${t.name}\\b`).test(sdl);

  it('describes every type, field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
