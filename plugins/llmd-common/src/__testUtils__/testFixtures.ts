import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObjectLike } from '../kube/kubeObject';

/*
 * Test-only: the hand-written fixtures of src/test-fixtures. Its advanced-deployment-guide/ and llm-d-playbook/ stand
 * in for manifests of the llm-d playbook and its advanced deployment guide, which have no licence and are not copied
 * here: each file says which example it is shaped like and which of its properties it keeps.
 */

// the fixtures live in the source tree, beside src/__testUtils__
const FIXTURES = path.resolve(__dirname, '..', 'test-fixtures');

/** The text of a fixture file, e.g. `advanced-deployment-guide/pd-model.yaml`. */
export function readFixtureText(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), 'utf8');
}

/** The objects of a fixture file (one per YAML document). */
export function readFixtureObjects(relative: string): KubeObjectLike[] {
  return parseAllDocuments(readFixtureText(relative))
    .map(doc => doc.toJS() as KubeObjectLike | null)
    .filter((o): o is KubeObjectLike => Boolean(o));
}

/** The single object of a fixture file. */
export function readFixtureObject(relative: string): KubeObjectLike {
  const objects = readFixtureObjects(relative);
  if (objects.length !== 1) {
    throw new Error(`${relative} holds ${objects.length} objects, not one`);
  }
  return objects[0];
}
