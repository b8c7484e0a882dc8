import { Answer } from './subgraph-client';

/** Text that only an unmasked error carries: a stack frame, a source location, or the database's own words. */
const LEAK_PATTERNS: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: / {4}at /, what: 'a stack frame' },
  { pattern: /\.ts:\d/, what: 'a TypeScript source location' },
  { pattern: /\.js:\d/, what: 'a JavaScript source location' },
  { pattern: /\bSELECT\b/, what: 'SQL text (SELECT)' },
  { pattern: /syntax error at or near/, what: "PostgreSQL's syntax error text" },
  { pattern: /relation "/, what: 'a database relation name' },
  { pattern: /\bviolates\b/, what: 'a database constraint message' },
];

/** What an answer leaks of the subgraph's insides, or null when it leaks nothing. */
export function leakIn(answer: Answer): string | null {
  for (const error of answer.body?.errors ?? []) {
    if (error.extensions && 'stacktrace' in error.extensions) return 'extensions.stacktrace';
    if (error.extensions && 'exception' in error.extensions) return 'extensions.exception';
  }
  // The answer's text is searched with JSON's escapes undone, so a stack in a string is seen as it would print.
  const text = answer.text.replace(/\\n/g, '\n').replace(/\\"/g, '"');
  return LEAK_PATTERNS.find(({ pattern }) => pattern.test(text))?.what ?? null;
}
