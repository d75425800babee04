import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import {
  BackendProcess,
  startBackendProcess,
} from './testing/startBackendProcess';
import { signInAsGuest } from './testing/signInAsGuest';

// The production database path: the same backend on PostgreSQL, wherever the
// machine has a server on 127.0.0.1:5432 (.ci/run starts one). Connection
// settings follow the POSTGRES_* variables of app-config.production.yaml.
const connection = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? 'postgres',
};
// A prefix of its own keeps these databases apart from anything real.
const prefix = 'llmd_portal_test_';

/** Synchronous TCP probe, so the suite can be declared skipped up front. */
function postgresListening(): boolean {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('net').connect(${connection.port}, ${JSON.stringify(
        connection.host,
      )}).on('connect', () => process.exit(0)).on('error', () => process.exit(1))`,
    ],
    { timeout: 3000 },
  );
  return probe.status === 0;
}

const describeWithPostgres = postgresListening() ? describe : describe.skip;
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

    const client = new Client({ ...connection, database: 'postgres' });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`${prefix}%`],
      );
      expect(rows.map(r => r.datname)).toEqual(
        expect.arrayContaining([`${prefix}catalog`, `${prefix}scaffolder`]),
      );
    } finally {
      await client.end();
    }
  });
});
