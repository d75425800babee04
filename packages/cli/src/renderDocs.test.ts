import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parse } from 'yaml';
import { isRenderKind, renderFromInput } from '@llmd/plugin-llmd-common';

// docs/render.md shows one example input per kind; each must render as documented.
// The docs live beside the package in the repository.
const doc = fs.readFileSync(path.join(repoRoot, 'docs/render.md'), 'utf8');

function examples(): [string, string][] {
  const found: [string, string][] = [];
  const pattern = /^### (\w+)[^\n]*\n+```yaml\n([\s\S]*?)```/gm;
  for (let m = pattern.exec(doc); m; m = pattern.exec(doc)) {
    found.push([m[1], m[2]]);
  }
  return found;
}

describe('docs/render.md', () => {
  it('has an example for every input kind', () => {
    expect(
      examples()
        .map(([kind]) => kind)
        .sort(),
    ).toEqual(['gateway', 'metallb', 'model', 'tenant']);
  });

  it.each(examples())('its %s example renders', (kind, text) => {
    if (!isRenderKind(kind)) throw new Error(`unknown kind ${kind}`);
    const input = parse(text);
    // The tenant example lists both modes' fields; render each mode separately.
    const variants =
      kind === 'tenant'
        ? [
            {
              ...input,
              gateway: { ...input.gateway, sharedGateway: undefined },
            },
            {
              ...input,
              gateway: {
                mode: 'shared',
                sharedGateway: input.gateway.sharedGateway,
              },
            },
          ]
        : [input];
    for (const variant of variants) {
      const outcome = renderFromInput(
        kind,
        JSON.parse(JSON.stringify(variant)),
      );
      expect(outcome.success ? [] : outcome.problems).toEqual([]);
    }
  });
});
