import { loadCrdCatalog } from './loadCrdSchemas';
import { createCrdValidator } from './createCrdValidator';
import { vendorPath } from './__testUtils__/testFixtures';
import { SLOW_TEST_TIMEOUT_MS } from './__testUtils__/testFixtures';

jest.setTimeout(SLOW_TEST_TIMEOUT_MS);

describe('all vendored CRD files', () => {
  it('index cheaply, then parse and compile every served version quickly', () => {
    const started = Date.now();
    const catalog = loadCrdCatalog([vendorPath('crds'), vendorPath('kserve')]);
    const indexedMs = Date.now() - started;
    const all = catalog.listAll();
    const validator = createCrdValidator(catalog);
    for (const crd of all) {
      const apiVersion = `${crd.group}/${crd.version}`;
      // Compiles the schema of this exact snapshot; an empty object must fail on metadata, not throw.
      const result = validator.validate(
        { apiVersion, kind: crd.kind },
        { source: crd.source },
      );
      expect(result.errors).toContainEqual({
        path: 'metadata',
        message: 'missing required field "metadata"',
      });
    }
    const totalMs = Date.now() - started;

    expect(catalog.skipped).toEqual([]);
    expect(
      new Set(all.map(c => `${c.group}/${c.version}/${c.kind}`)).size,
    ).toBeGreaterThanOrEqual(27);
    expect(indexedMs).toBeLessThan(1_000);
    // About 3 s on a 2-core machine; the bound leaves room for slow CI runners.
    expect(totalMs).toBeLessThan(30_000);
  });
});
