import fs from 'node:fs';
// Test-only: this helper never ships in the library, so a node-only import is fine.
import { vendorPath } from '@internal/test-support';
import { readFixtureText } from '../../__testUtils__/testFixtures';
import { embeddedEppConfigs } from './embeddedEppConfigs';

/*
 * Test-only access to the third-party EPP configs vendored in the repository (vendor/epp, see vendor/PROVENANCE.tsv),
 * and to the hand-written stand-ins for the advanced deployment guide's EPP configs (src/test-fixtures).
 */

/** Reads a file under vendor/epp. */
export function readEppReference(relative: string): string {
  return fs.readFileSync(vendorPath('epp', relative), 'utf8');
}

/** Lists the files of a folder under vendor/epp. */
export function listEppReference(folder: string): string[] {
  return fs.readdirSync(vendorPath('epp', folder)).sort();
}

/**
 * The three EPP configs of the advanced deployment guide, in the guide's order, as fixtures shaped like them: the P/D
 * one (`config:` instead of `parameters:`), the default one, and the KV-cache-aware one (fractional weight).
 */
export function guideEppConfigs(): string[] {
  return [
    'advanced-deployment-guide/pd-custom-epp-model.yaml',
    'advanced-deployment-guide/default-epp-config.yaml',
    'advanced-deployment-guide/kv-cache-aware-model.yaml',
  ].flatMap(file => embeddedEppConfigs(readFixtureText(file)).map(c => c.text));
}

/** One upstream loader test case from loader-testcases.multidoc.yaml. */
export interface LoaderCase {
  readonly name: string;
  readonly text: string;
  readonly expectSuccess: boolean;
}

/** Splits the multi-document loader cases on their `# case:` headers. */
export function loaderCases(): LoaderCase[] {
  const text = readEppReference(
    'llm-d-router-HEAD/loader-testcases.multidoc.yaml',
  );
  return text
    .split(/^---$/m)
    .map(chunk => ({ chunk, match: /^# case: (\S+)$/m.exec(chunk) }))
    .filter(({ match }) => match !== null)
    .map(({ chunk, match }) => ({
      name: match![1],
      text: chunk,
      // besides success*/error*, four `plugins*` cases are valid configs (their comments say so)
      expectSuccess: !match![1].startsWith('error'),
    }));
}
