import { types } from 'pg';
import { GraphQLError, GraphQLScalarType, ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

// PostgreSQL `date` stays a 'YYYY-MM-DD' string: node-postgres would otherwise make it a Date at local
// midnight, which shifts the day in any zone west of the server's.
types.setTypeParser(1082, (value: string) => value);

/**
 * The same scalar, refusing a malformed value as the caller's input: BAD_USER_INPUT with the rule,
 * and a message that says what is expected without repeating the value (graphql-js adds the field).
 */
function refusing(base: GraphQLScalarType, name: string, rule: string, expected: string): GraphQLScalarType {
  // A literal's error points at it, so that the argument or input field written before it can be named.
  const refuse = (parse: () => unknown, node?: ValueNode) => {
    try {
      return parse();
    } catch {
      throw new GraphQLError(`${name} must be ${expected}`, { nodes: node, extensions: { code: 'BAD_USER_INPUT', rule } });
    }
  };
  return new GraphQLScalarType({
    name: base.name,
    description: base.description,
    specifiedByURL: base.specifiedByURL,
    serialize: (value) => base.serialize(value),
    parseValue: (value) => refuse(() => base.parseValue(value)),
    parseLiteral: (node: ValueNode, variables) => refuse(() => base.parseLiteral(node, variables), node),
    extensions: base.extensions,
  });
}

/** The scalars every subgraph declares: DateTime (UTC instant) and Date (calendar date). */
export const scalarResolvers = {
  DateTime: refusing(DateTimeResolver, 'DateTime', 'DATE_TIME_FORMAT', 'an instant with its offset, e.g. 2026-11-25T10:00:00+07:00'),
  Date: refusing(LocalDateResolver, 'Date', 'DATE_FORMAT', 'a calendar date YYYY-MM-DD'),
};
