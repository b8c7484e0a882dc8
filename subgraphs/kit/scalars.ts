import { types } from 'pg';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

// PostgreSQL `date` stays a 'YYYY-MM-DD' string: node-postgres would otherwise make it a Date at local
// midnight, which shifts the day in any zone west of the server's.
types.setTypeParser(1082, (value: string) => value);

/** The scalars every subgraph declares: DateTime (UTC instant) and Date (calendar date). */
export const scalarResolvers = { DateTime: DateTimeResolver, Date: LocalDateResolver };
