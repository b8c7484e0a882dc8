import { BadInputError, DomainError } from '../../platform/errors';
import { asUuid } from './loaders';

/** Input rules every subgraph's writes share: each refusal names the field and the rule. */

/** A refusal of one input field: the message names the field and the rule, as the extensions do. */
export function invalid(field: string, rule: string, text: string): BadInputError {
  return new BadInputError(field, rule, `${field}: ${text} (${rule})`);
}

/** A refusal of an input against the record's current status, with that status in the extensions. */
export function invalidForStatus(field: string, rule: string, message: string, currentStatus: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field, rule, currentStatus });
}

/** A text that must be given: trimmed, not empty, at most `max` characters. */
export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = value?.trim() ?? '';
  if (text === '') throw invalid(field, 'REQUIRED', 'must not be empty');
  if (text.length > max) throw invalid(field, 'TOO_LONG', `must be at most ${max} characters`);
  return text;
}

/** A text that may be absent: trimmed; empty counts as absent. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (text.length > max) throw invalid(field, 'TOO_LONG', `must be at most ${max} characters`);
  return text;
}

/** An id of a record: a malformed one is refused with the same rule as an unknown one and never looked up. */
export function referenceId(field: string, rule: string, value: string): string {
  const id = asUuid(value.trim());
  if (!id) throw invalid(field, rule, `${value} does not name a known record`);
  return id;
}

/** The version an update was based on: a whole number from 1, as every `version` field hands them out. */
export function expectedVersion(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw invalid('expectedVersion', 'VERSION_FORMAT', 'must be the version read, a whole number from 1');
  return value;
}
