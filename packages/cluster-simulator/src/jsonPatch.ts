/** A JSON patch that cannot be applied (bad operation, missing path, failed `test`). */
export class JsonPatchError extends Error {}

interface Operation {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

/**
 * Applies a JSON patch (RFC 6902: add, remove, replace, move, copy, test) to a copy of `document`.
 *
 * @throws JsonPatchError when an operation cannot be applied
 */
export function applyJsonPatch(document: unknown, patch: unknown): unknown {
  if (!Array.isArray(patch)) {
    throw new JsonPatchError('a JSON patch must be an array of operations');
  }
  let doc = structuredClone(document);
  for (const raw of patch) {
    const op = raw as Operation;
    if (typeof op?.op !== 'string' || typeof op.path !== 'string') {
      throw new JsonPatchError('every operation needs "op" and "path"');
    }
    switch (op.op) {
      case 'add':
        doc = add(doc, op.path, structuredClone(op.value));
        break;
      case 'remove':
        doc = remove(doc, op.path);
        break;
      case 'replace':
        get(doc, op.path);
        doc = add(remove(doc, op.path), op.path, structuredClone(op.value));
        break;
      case 'move': {
        const value = get(doc, fromOf(op));
        doc = add(remove(doc, fromOf(op)), op.path, value);
        break;
      }
      case 'copy':
        doc = add(doc, op.path, structuredClone(get(doc, fromOf(op))));
        break;
      case 'test':
        if (JSON.stringify(get(doc, op.path)) !== JSON.stringify(op.value)) {
          throw new JsonPatchError(`test failed at ${op.path}`);
        }
        break;
      default:
        throw new JsonPatchError(`unknown operation "${op.op}"`);
    }
  }
  return doc;
}

function fromOf(op: Operation): string {
  if (typeof op.from !== 'string') {
    throw new JsonPatchError(`"${op.op}" needs "from"`);
  }
  return op.from;
}

/** JSON pointer (RFC 6901) tokens. */
function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new JsonPatchError(`invalid path "${pointer}"`);
  }
  return pointer
    .slice(1)
    .split('/')
    .map(t => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function child(container: unknown, token: string, pointer: string): unknown {
  if (Array.isArray(container)) {
    const index = Number(token);
    if (!/^\d+$/.test(token) || index >= container.length) {
      throw new JsonPatchError(`path "${pointer}" does not exist`);
    }
    return container[index];
  }
  if (
    typeof container === 'object' &&
    container !== null &&
    token in container
  ) {
    return (container as Record<string, unknown>)[token];
  }
  throw new JsonPatchError(`path "${pointer}" does not exist`);
}

function get(doc: unknown, pointer: string): unknown {
  return tokens(pointer).reduce(
    (node, token) => child(node, token, pointer),
    doc,
  );
}

/** The parent container of `pointer` and the last token. */
function parentOf(doc: unknown, pointer: string): [unknown, string] {
  const all = tokens(pointer);
  const last = all.pop()!;
  const parent = all.reduce((node, token) => child(node, token, pointer), doc);
  return [parent, last];
}

function add(doc: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const [parent, last] = parentOf(doc, pointer);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!/^\d+$/.test(last) && last !== '-') {
      throw new JsonPatchError(`invalid array index in "${pointer}"`);
    }
    if (index > parent.length) {
      throw new JsonPatchError(`index out of range in "${pointer}"`);
    }
    parent.splice(index, 0, value);
  } else if (typeof parent === 'object' && parent !== null) {
    (parent as Record<string, unknown>)[last] = value;
  } else {
    throw new JsonPatchError(`path "${pointer}" has no parent object`);
  }
  return doc;
}

function remove(doc: unknown, pointer: string): unknown {
  if (pointer === '') return undefined;
  get(doc, pointer);
  const [parent, last] = parentOf(doc, pointer);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last];
  return doc;
}
