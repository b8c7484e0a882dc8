import { BadInputError } from '../../../kit';
import type { IdentifierError } from '../identifiers';

/** One broken rule in a write's input: the field by its path (e.g. `members[2].nik`), the rule, a sentence. */
export interface InputProblem {
  field: string;
  rule: string;
  message: string;
}

/**
 * Collects every problem of a write's input before anything is written, so that an agency system learns
 * all it must fix from one refusal. Each message names the field by its path and ends with the rule.
 */
export class InputProblems {
  private readonly list: InputProblem[] = [];

  /** Adds a problem; `text` continues the sentence after the field, e.g. "must not be in the future". */
  add(field: string, rule: string, text: string): void {
    this.list.push({ field, rule, message: `${field} ${text} (rule ${rule})` });
  }

  /**
   * Adds an identifier parser's refusal under a path: the parser names its own field ("nik ..."), which
   * becomes the full path ("members[2].nik ...").
   */
  identifier(path: string, error: IdentifierError): void {
    const own = error.field ?? '';
    const text = own && error.message.startsWith(own) ? error.message.slice(own.length).trimStart() : error.message;
    this.add(path, error.rule, text);
  }

  get problems(): readonly InputProblem[] {
    return this.list;
  }

  /**
   * Throws BAD_USER_INPUT for the first problem when there is any, with every problem in
   * `extensions.problems`.
   */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const [first] = this.list;
    const more = this.list.length - 1;
    const error = new BadInputError(first.field, first.rule, more > 0 ? `${first.message}; and ${more} more in extensions.problems` : first.message);
    error.extensions.problems = this.list.map((p) => ({ ...p }));
    throw error;
  }
}
