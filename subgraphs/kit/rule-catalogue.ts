import { DomainError, ErrorCode } from '../../platform/errors';

/** One rule of a subgraph's catalogue: the code a caller sees and, for an input rule, the field it names (null: given with the refusal). */
export interface RuleSpec {
  code: ErrorCode;
  field?: string | null;
}

/**
 * The error for a broken rule of a subgraph's catalogue (`<name>-error.ts`): its code, `extensions.rule`,
 * the field it names (unless `field` names a more precise one, e.g. `staffIds[1]`) and any facts the
 * caller can act on (the current status, the closed day's name).
 */
export function ruleError<R extends Record<string, RuleSpec>>(rules: R, rule: keyof R & string, message: string, facts: Record<string, unknown> = {}, field?: string): DomainError {
  const named = field ?? rules[rule].field;
  return new DomainError(rules[rule].code, message, { rule, ...(named ? { field: named } : {}), ...facts });
}
