import {
  BackendProcess,
  startBackendProcess,
} from './__testUtils__/startBackendProcess';
import { signInAsGuest } from './__testUtils__/signInAsGuest';
import {
  databasesWithPrefix,
  describeWithPostgres,
  postgresConnection as connection,
} from './__testUtils__/postgres';

// The production database path: the same backend on PostgreSQL, wherever the
// machine has a server on 127.0.0.1:5432 (.ci/run starts one). Connection
// settings follow the POSTGRES_* variables of app-config.production.yaml.
// A prefix of its own keeps these databases apart from anything real.
const prefix = 'llmd_portal_test_';

jest.setTimeout(180_000);

describeWithPostgres('portal backend on PostgreSQL', () => {
  let backend: BackendProcess;

  beforeAll(async () => {
    backend = await startBackendProcess({
      APP_CONFIG_backend_database: JSON.stringify({
        client: 'pg',
        connection,
        prefix,
      }),
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  it('starts, migrates its databases and serves the catalog', async () => {
    const ready = await fetch(
      `${backend.baseUrl}/.backstage/health/v1/readiness`,
    );
    expect(ready.status).toBe(200);

    const { token } = await signInAsGuest(backend.baseUrl);
    const res = await fetch(`${backend.baseUrl}/api/catalog/entities?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);

    expect(await databasesWithPrefix(prefix)).toEqual(
      expect.arrayContaining([`${prefix}catalog`, `${prefix}scaffolder`]),
    );
  });
});
