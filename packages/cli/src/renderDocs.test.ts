import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parse } from 'yaml';
import { isRenderKind, renderFromInput } from '@llmd/plugin-llmd-common';

// docs/render.md shows one example input per kind; each must render as documented.
// The docs live beside the package in the repository.
const doc = fs.readFileSync(path.join(repoRoot, 'docs/render.md'), 'utf8');

/** Every yaml block of each `### kind` section, as written (the tenant section has one per gateway mode). */
function examples(): [string, string][] {
  const found: [string, string][] = [];
  const sections = doc.split(/^### /m).slice(1);
  for (const section of sections) {
    const kind = /^(\w+)/.exec(section)![1];
    const blocks = section.matchAll(/^```yaml\n([\s\S]*?)```/gm);
    for (const block of blocks) found.push([kind, block[1]]);
  }
  return found;
}

describe('docs/render.md', () => {
  it('has an example for every input kind', () => {
    expect([...new Set(examples().map(([kind]) => kind))].sort()).toEqual([
      'argocd',
      'gateway',
      'metallb',
      'model',
      'tenant',
    ]);
  });

  // copied as written, each example must render (no mixing of fields that only fit different modes)
  it.each(examples())('its %s example renders as written', (kind, text) => {
    if (!isRenderKind(kind)) throw new Error(`unknown kind ${kind}`);
    const outcome = renderFromInput(
      kind,
      JSON.parse(JSON.stringify(parse(text))),
    );
    expect(outcome.success ? [] : outcome.problems).toEqual([]);
  });
});
