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

/** Reads tokens one by one. */
class TokenCursor {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.pos >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  next(): Token | undefined {
    return this.tokens[this.pos++];
  }

  /** The next token's text, which must be a word. */
  word(what: string): string {
    const t = this.next();
    if (!t || t.kind !== 'word') {
      throw new SelectorError(`unable to parse requirement: expected ${what}`);
    }
    return t.text;
  }
}

/**
 * Parses a label selector string with the Kubernetes grammar: `key`, `!key`, `key=value`, `key==value`,
 * `key!=value`, `key in (a,b)`, `key notin (a,b)`, `key>1`, `key<1`, joined by commas.
 *
 * @throws SelectorError when the selector is malformed
 */
export function parseLabelSelector(text: string): LabelSelector {
  const tokens = new TokenCursor(tokenize(text));
  const requirements: LabelSelector = [];
  while (!tokens.done) {
    const requirement = parseRequirement(tokens);
    validateKey(requirement.key);
    requirements.push(requirement);
    const sep = tokens.next();
    if (sep && !(sep.kind === 'op' && sep.text === ',')) {
      throw new SelectorError('unable to parse requirement: expected ","');
    }
    if (sep && tokens.done) {
      throw new SelectorError('unable to parse requirement: trailing ","');
    }
  }
  return requirements;
}

/** One requirement: `!key`, or a key with what follows it. */
function parseRequirement(tokens: TokenCursor): LabelRequirement {
  const first = tokens.peek()!;
  if (first.kind === 'op' && first.text === '!') {
    tokens.next();
    return { key: tokens.word('key'), operator: 'notexists', values: [] };
  }
  const key = tokens.word('key');
  const op = tokens.peek();
  if (!op || (op.kind === 'op' && op.text === ',')) {
    return { key, operator: 'exists', values: [] };
  }
  if (op.kind === 'op' && ['=', '==', '!='].includes(op.text)) {
    tokens.next();
    const value = tokens.peek()?.kind === 'word' ? tokens.next()!.text : '';
    return { key, operator: op.text === '!=' ? 'neq' : 'eq', values: [value] };
  }
  if (op.kind === 'op' && (op.text === '<' || op.text === '>')) {
    tokens.next();
    const value = tokens.word('a number');
    if (!/^-?\d+$/.test(value)) {
      throw new SelectorError(
        `unable to parse requirement: ${value} is not an integer`,
      );
    }
    return { key, operator: op.text === '<' ? 'lt' : 'gt', values: [value] };
  }
  if (op.kind === 'word' && (op.text === 'in' || op.text === 'notin')) {
    tokens.next();
    return { key, operator: op.text, values: parseSet(tokens) };
  }
  throw new SelectorError(
    `unable to parse requirement: unexpected token after ${key}`,
  );
}

/** `(a,b,...)` after `in` / `notin`. */
function parseSet(tokens: TokenCursor): string[] {
  const open = tokens.next();
  if (!open || open.kind !== 'op' || open.text !== '(') {
    throw new SelectorError('unable to parse requirement: expected "("');
  }
  const values: string[] = [];
  for (;;) {
    const t = tokens.next();
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
