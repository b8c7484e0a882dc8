import type { FamiliesRule } from '../families-error';

/**
 * What every identifier parser returns when it refuses an input: which field, which rule (a short
 * SCREAMING_SNAKE code a client can branch on, e.g. 'NIK_DAY') and an English sentence naming the field
 * and the rule, one of the registry's catalogue. Messages quote only the offending part, never the whole identifier: a NIK or HKID is
 * personal data and refusals end up in logs.
 */
export type IdentifierError = { ok: false; field?: string; rule: string; message: string };

/** A parser's answer: the parsed value, or why the input was refused. */
export type IdentifierResult<T> = { ok: true; value: T } | IdentifierError;

export function identifierError(field: string, rule: FamiliesRule, message: string): IdentifierError {
  return { ok: false, field, rule, message };
}
