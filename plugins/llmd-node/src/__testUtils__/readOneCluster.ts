import { ConfigReader } from '@backstage/config';
import { readClusterConfig } from '../readClusterConfig';

/**
 * Reads the config of one cluster `prod` (URL and token set) with `fields` added: the tests of one
 * `llmd.clusters[]` block (`metrics`, `probe`) check what the reader makes of it.
 */
export function readOneCluster(fields: Record<string, unknown>) {
  const [cluster] = readClusterConfig(
    new ConfigReader({
      llmd: {
        clusters: [
          {
            name: 'prod',
            url: 'https://prod.example.com:6443',
            auth: { serviceAccountToken: 'tok-12345678' },
            ...fields,
          },
        ],
      },
    }),
  );
  return cluster;
}
