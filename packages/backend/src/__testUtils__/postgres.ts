import { spawnSync } from 'node:child_process';
import { Client } from 'pg';

/**
 * The PostgreSQL server the production-database tests use: the POSTGRES_* variables of app-config.production.yaml,
 * defaulting to the one `.ci/run` starts on 127.0.0.1:5432.
 */
export const postgresConnection = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? 'postgres',
};

/** Synchronous TCP probe, so a suite can be declared skipped up front where there is no server. */
function postgresListening(): boolean {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('net').connect(${postgresConnection.port}, ${JSON.stringify(
        postgresConnection.host,
      )}).on('connect', () => process.exit(0)).on('error', () => process.exit(1))`,
    ],
    { timeout: 3000 },
  );
  return probe.status === 0;
}

/** `describe` where a PostgreSQL server answers, `describe.skip` elsewhere. */
export const describeWithPostgres = postgresListening()
  ? describe
  : describe.skip;

/** Runs `fn` with a client on one of the server's databases (default `postgres`). */
export async function withPostgres<T>(
  fn: (client: Client) => Promise<T>,
  database = 'postgres',
): Promise<T> {
  const client = new Client({ ...postgresConnection, database });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Names of the databases whose names start with `prefix` (one per backend plugin). */
export async function databasesWithPrefix(prefix: string): Promise<string[]> {
  return withPostgres(async client => {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname',
      [`${prefix}%`],
    );
    return rows.map(r => r.datname as string);
  });
}
