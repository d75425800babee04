/** One requirement of a label selector. */
export interface LabelRequirement {
  key: string;
  operator:
    | 'exists'
    | 'notexists'
    | 'eq'
    | 'neq'
    | 'in'
    | 'notin'
    | 'gt'
    | 'lt';
  values: string[];
}

/** A parsed label selector: every requirement must hold. */
export type LabelSelector = LabelRequirement[];

/** A malformed selector; the API server answers these with 400 BadRequest. */
export class SelectorError extends Error {}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'op'; text: '=' | '==' | '!=' | '!' | '(' | ')' | ',' | '<' | '>' };

const WORD = /[A-Za-z0-9._/-]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '=' && text[i + 1] === '=') {
      tokens.push({ kind: 'op', text: '==' });
      i += 2;
    } else if (c === '!' && text[i + 1] === '=') {
      tokens.push({ kind: 'op', text: '!=' });
      i += 2;
    } else if ('=!(),<>'.includes(c)) {
      tokens.push({ kind: 'op', text: c as '=' });
      i++;
    } else if (WORD.test(c)) {
      let j = i;
      while (j < text.length && WORD.test(text[j])) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j) });
      i = j;
    } else {
      throw new SelectorError(
        `unable to parse requirement: invalid character '${c}'`,
      );
    }
  }
  return tokens;
}

/**
 * Parses a label selector string with the Kubernetes grammar: `key`, `!key`, `key=value`, `key==value`,
 * `key!=value`, `key in (a,b)`, `key notin (a,b)`, `key>1`, `key<1`, joined by commas.
 *
 * @throws SelectorError when the selector is malformed
 */
export function parseLabelSelector(text: string): LabelSelector {
  const tokens = tokenize(text);
  const requirements: LabelSelector = [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const word = (what: string): string => {
    const t = next();
    if (!t || t.kind !== 'word') {
      throw new SelectorError(`unable to parse requirement: expected ${what}`);
    }
    return t.text;
  };
  while (pos < tokens.length) {
    let requirement: LabelRequirement;
    if (peek().kind === 'op' && peek().text === '!') {
      next();
      requirement = { key: word('key'), operator: 'notexists', values: [] };
    } else {
      const key = word('key');
      const op = peek();
      if (!op || (op.kind === 'op' && op.text === ',')) {
        requirement = { key, operator: 'exists', values: [] };
      } else if (op.kind === 'op' && ['=', '==', '!='].includes(op.text)) {
        next();
        const value = peek()?.kind === 'word' ? next().text : '';
        requirement = {
          key,
          operator: op.text === '!=' ? 'neq' : 'eq',
          values: [value],
        };
      } else if (op.kind === 'op' && (op.text === '<' || op.text === '>')) {
        next();
        const value = word('a number');
        if (!/^-?\d+$/.test(value)) {
          throw new SelectorError(
            `unable to parse requirement: ${value} is not an integer`,
          );
        }
        requirement = {
          key,
          operator: op.text === '<' ? 'lt' : 'gt',
          values: [value],
        };
      } else if (
        op.kind === 'word' &&
        (op.text === 'in' || op.text === 'notin')
      ) {
        next();
        requirement = { key, operator: op.text, values: parseSet() };
      } else {
        throw new SelectorError(
          `unable to parse requirement: unexpected token after ${key}`,
        );
      }
    }
    validateKey(requirement.key);
    requirements.push(requirement);
    const sep = next();
    if (sep && !(sep.kind === 'op' && sep.text === ',')) {
      throw new SelectorError('unable to parse requirement: expected ","');
    }
    if (sep && pos >= tokens.length) {
      throw new SelectorError('unable to parse requirement: trailing ","');
    }
  }
  return requirements;

  function parseSet(): string[] {
    const open = next();
    if (!open || open.kind !== 'op' || open.text !== '(') {
      throw new SelectorError('unable to parse requirement: expected "("');
    }
    const values: string[] = [];
    for (;;) {
      const t = next();
      if (!t)
        throw new SelectorError('unable to parse requirement: expected ")"');
      if (t.kind === 'word') values.push(t.text);
      else if (t.text === ')') return values;
      else if (t.text !== ',') {
        throw new SelectorError(
          `unable to parse requirement: unexpected "${t.text}" in set`,
        );
      }
    }
  }
}

function validateKey(key: string): void {
  const parts = key.split('/');
  const name = parts[parts.length - 1];
  if (
    parts.length > 2 ||
    !/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(name)
  ) {
    throw new SelectorError(`invalid label key "${key}"`);
  }
}

/** Whether `labels` satisfy every requirement of `selector`. */
export function matchesLabels(
  selector: LabelSelector,
  labels: Record<string, string> | undefined,
): boolean {
  const all = labels ?? {};
  return selector.every(r => {
    const has = Object.prototype.hasOwnProperty.call(all, r.key);
    const value = has ? all[r.key] : undefined;
    switch (r.operator) {
      case 'exists':
        return has;
      case 'notexists':
        return !has;
      case 'eq':
        return has && value === r.values[0];
      case 'neq':
        return !has || value !== r.values[0];
      case 'in':
        return has && r.values.includes(value!);
      case 'notin':
        return !has || !r.values.includes(value!);
      case 'gt':
      case 'lt': {
        if (!has || !/^-?\d+$/.test(value!)) return false;
        const [a, b] = [Number(value), Number(r.values[0])];
        return r.operator === 'gt' ? a > b : a < b;
      }
      default:
        return false;
    }
  });
}
