import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@internal/test-support';
import { parse } from 'yaml';
import { isRenderKind, renderFromInput } from '@llmd/plugin-llmd-common';

// examples/gitops is what `llmd render` makes of examples/inputs: the example repository never drifts from the
// renderers (regenerate with the command at the top of each input file).
const examples = path.join(repoRoot, 'examples');
const inputs = fs.readdirSync(path.join(examples, 'inputs')).sort();

describe('examples/gitops', () => {
  it.each(inputs)('holds exactly the render of inputs/%s', file => {
    const kind = file.split('-')[0];
    if (!isRenderKind(kind)) throw new Error(`${file}: no render kind prefix`);
    const raw = parse(
      fs.readFileSync(path.join(examples, 'inputs', file), 'utf8'),
    );
    const outcome = renderFromInput(kind, raw);
    if (!outcome.success) throw new Error(JSON.stringify(outcome.problems));
    for (const rendered of outcome.result.files) {
      expect(
        fs.readFileSync(path.join(examples, 'gitops', rendered.path), 'utf8'),
      ).toBe(rendered.content);
    }
  });
});
