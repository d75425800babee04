import fs from 'node:fs';
import path from 'node:path';
import { EPP_DIAGNOSTIC_CODES } from './diagnosticCodes';

// docs/epp-lint.md is the public list of diagnostic codes; keep it complete.
describe('docs/epp-lint.md', () => {
  const docs = fs.readFileSync(
    path.resolve(
      require.resolve('@llmd/plugin-llmd-common/package.json'),
      '../../../docs/epp-lint.md',
    ),
    'utf8',
  );

  // A table row whose first cell is the code; prettier pads the cells.
  it.each([...EPP_DIAGNOSTIC_CODES])('documents `%s`', code => {
    expect(docs).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
  });
});
