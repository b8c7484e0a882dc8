import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { FAMILIES_RULES } from '../subgraphs/families/src/families-error';
import { REFERRALS_RULES } from '../subgraphs/referrals/src/referrals-error';
import { SCHEDULING_RULES } from '../subgraphs/scheduling/src/scheduling-error';
import { SERVICES_RULES } from '../subgraphs/services/src/services-error';

/**
 * Each subgraph's rule catalogue is the list of every `extensions.rule` its refusals carry, so that a
 * client can branch on a rule it finds there. This reads each subgraph's source and finds every rule
 * it writes as a literal: the rule argument of a refusal (`invalid`, `problems.add`, `BadInputError`,
 * `identifierError`, the catalogue's own error function) and every `rule:` property.
 */
const CATALOGUES = { families: FAMILIES_RULES, services: SERVICES_RULES, referrals: REFERRALS_RULES, scheduling: SCHEDULING_RULES } as const;

/** Refusal calls and the position of their rule argument. */
const RULE_ARGUMENT: Record<string, number> = {
  invalid: 1,
  invalidForStatus: 1,
  add: 1,
  BadInputError: 1,
  identifierError: 1,
  familiesError: 0,
  servicesError: 0,
  referralsError: 0,
  schedulingError: 0,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'migrations' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Every rule a file writes as a literal, with its line. */
function rulesWritten(path: string): Array<{ rule: string; at: string }> {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ rule: string; at: string }> = [];
  const keep = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node) && /^[A-Z][A-Z0-9_]+$/.test(node.text)) found.push({ rule: node.text, at: `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}` });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const position = name === undefined ? undefined : RULE_ARGUMENT[name];
      // `add` is also a Set's: only a three-argument add (field, rule, text) is a refusal.
      if (position !== undefined && !(name === 'add' && node.arguments?.length !== 3)) keep(node.arguments?.[position]);
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'rule') keep(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe.each(Object.entries(CATALOGUES))('the %s rule catalogue', (subgraph, catalogue) => {
  const written = sourceFiles(join(__dirname, '..', 'subgraphs', subgraph, 'src')).flatMap(rulesWritten);

  it('finds the refusals it reads', () => {
    expect(written.length).toBeGreaterThan(10);
  });

  it('lists every rule the subgraph refuses with', () => {
    expect(written.filter((w) => !(w.rule in catalogue))).toEqual([]);
  });
});
