import { BadInputError, DomainError } from '../../platform/errors';

/** One broken rule in a write's input: the field by its path (e.g. `members[2].nik`), the rule, a sentence. */
export interface InputProblem {
  field: string;
  rule: string;
  message: string;
}

/** A refusal a parser returns instead of throwing (the families identifier parsers): its own field name, the rule, a sentence. */
export interface ParserRefusal {
  field?: string;
  rule: string;
  message: string;
}

/**
 * Collects every problem of a write's input before anything is written, so that an agency system learns
 * all it must fix from one refusal. Every subgraph's input checking goes through one: problems are
 * added (`add`, `identifier`) or caught from a field check that throws (`check`), then `throwIfAny`
 * refuses them together.
 */
export class InputProblems {
  private readonly list: InputProblem[] = [];
  /** The refusal a field check threw, for each problem caught by `check`: its facts travel on. */
  private readonly thrown = new Map<InputProblem, DomainError>();

  /** Adds a problem; `text` continues the sentence after the field, e.g. "must not be in the future". */
  add(field: string, rule: string, text: string): void {
    this.list.push({ field, rule, message: `${field} ${text} (rule ${rule})` });
  }

  /**
   * Adds an identifier parser's refusal under a path: the parser names its own field ("nik ..."), which
   * becomes the full path ("members[2].nik ...").
   */
  identifier(path: string, error: ParserRefusal): void {
    const own = error.field ?? '';
    const text = own && error.message.startsWith(own) ? error.message.slice(own.length).trimStart() : error.message;
    this.add(path, error.rule, text);
  }

  /**
   * Runs a field check that throws its refusal (BAD_USER_INPUT naming the field and the rule, as the
   * kit's `invalid` and the subgraphs' field checks do) and keeps the refusal as a problem instead:
   * the check's value, or undefined when it refused. Any other error is rethrown.
   */
  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (err) {
      const extensions = err instanceof DomainError ? err.extensions : undefined;
      if (extensions?.code !== 'BAD_USER_INPUT' || typeof extensions.field !== 'string' || typeof extensions.rule !== 'string') throw err;
      const problem = { field: extensions.field, rule: extensions.rule, message: (err as DomainError).message };
      this.list.push(problem);
      this.thrown.set(problem, err as DomainError);
      return undefined;
    }
  }

  /** Keeps a refusal built with the kit's `invalid` (or a subgraph's rule catalogue) as a problem, without throwing it. */
  refuse(error: DomainError): void {
    this.check(() => {
      throw error;
    });
  }

  get problems(): readonly InputProblem[] {
    return this.list;
  }

  /**
   * Throws BAD_USER_INPUT when there is any problem: the first one's field, rule, message and facts.
   * With more than one, the message says how many more and `extensions.problems` lists them all, in
   * the order found; a single problem is refused exactly as its field check refuses it.
   */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const [first] = this.list;
    const own = this.thrown.get(first);
    const more = this.list.length - 1;
    if (more === 0) throw own ?? new BadInputError(first.field, first.rule, first.message);
    const { code: _code, ...facts } = own?.extensions ?? { field: first.field, rule: first.rule };
    throw new DomainError('BAD_USER_INPUT', `${first.message}; and ${more} more in extensions.problems`, {
      ...facts,
      problems: this.list.map((p) => ({ ...p })),
    });
  }
}
