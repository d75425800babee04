import { ConfigSources, loadConfigSchema } from '@backstage/config-loader';
import { AppConfig } from '@backstage/config';
import { EPP_DIALECT_IDS } from '@llmd/plugin-llmd-common';
import { repoRoot } from '@internal/test-support';
import { resolve } from 'node:path';

// Both app-config files must satisfy the configuration schemas of every
// plugin the portal installs, so the production example cannot drift.
jest.setTimeout(120_000);

async function readAppConfigs(
  files: string[],
  env: Record<string, string>,
): Promise<AppConfig[]> {
  const source = ConfigSources.defaultForTargets({
    rootDir: repoRoot,
    targets: files.map(file => ({
      type: 'path',
      target: resolve(repoRoot, file),
    })),
    substitutionFunc: async name => env[name],
  });
  for await (const { configs } of source.readConfigData()) {
    return configs;
  }
  throw new Error('no configuration read');
}

describe('app-config files', () => {
  let schema: Awaited<ReturnType<typeof loadConfigSchema>>;

  beforeAll(async () => {
    schema = await loadConfigSchema({
      dependencies: ['backend', 'app'],
      packagePaths: [resolve(repoRoot, 'package.json')],
    });
  });

  it('knows the schemas of the installed plugins', async () => {
    const { schemas } = schema.serialize() as { schemas: unknown[] };
    expect(schemas.length).toBeGreaterThan(20);
    expect(() =>
      schema.process([
        { context: 'bad', data: { permission: { enabled: 'sometimes' } } },
      ]),
    ).toThrow(/permission/);
  });

  it('embedded defaults validate', async () => {
    const configs = await readAppConfigs(['app-config.yaml'], {});
    expect(() => schema.process(configs)).not.toThrow();
  });

  it('the production example validates with its variables set', async () => {
    const env = new Proxy({} as Record<string, string>, {
      get: (_target, name) =>
        name === 'POSTGRES_PORT' ? '5432' : `example-${String(name)}`,
    });
    const configs = await readAppConfigs(
      ['app-config.yaml', 'app-config.production.yaml'],
      env,
    );
    const processed = schema.process(configs);
    const merged = Object.assign({}, ...processed.map(c => c.data));
    expect(merged.backend.database.client).toBe('pg');
  });
  it('the eppDialect keys accept exactly the EPP dialect ids', async () => {
    const base = await readAppConfigs(['app-config.yaml'], {});
    const withDialect = (eppDialect: string) => [
      ...base,
      {
        context: 'test',
        data: {
          llmd: {
            defaults: { eppDialect },
            clusters: [
              {
                name: 'one',
                url: 'https://127.0.0.1:6443',
                auth: { serviceAccountToken: 'token' },
                defaults: { eppDialect },
              },
            ],
            gitops: { target: { eppDialect } },
          },
        },
      },
    ];
    const loaded = schema;
    for (const id of EPP_DIALECT_IDS) {
      expect(() => loaded.process(withDialect(id))).not.toThrow();
    }
    expect(() => schema.process(withDialect('scheduler-v9'))).toThrow(
      /eppDialect/,
    );
  });
});
