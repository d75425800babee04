import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogBackend from '@backstage/plugin-catalog-backend';
import catalogModuleLlmd, { FULL_RESYNC_TASK_ID } from '.';
import { catalogProbe } from './__testUtils__/catalogProbe';

/** A cluster nothing listens at (the cache just retries in the background). */
const unreachableCluster = {
  name: 'demo',
  url: 'https://127.0.0.1:1',
  auth: { serviceAccountToken: 'not-used' },
};

/** Starts the catalog with the module on `data` and returns the ids of the catalog's scheduled tasks. */
async function scheduledTaskIds(data: object): Promise<string[]> {
  const probe = catalogProbe();
  const backend = await startTestBackend({
    features: [
      catalogBackend,
      catalogModuleLlmd,
      probe.module,
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      mockServices.rootConfig.factory({ data }),
    ],
  });
  try {
    return (await probe.scheduler.getScheduledTasks()).map(t => t.id);
  } finally {
    await backend.stop();
  }
}

describe('catalogModuleLlmd', () => {
  it('schedules its full resync when clusters are configured', async () => {
    expect(
      await scheduledTaskIds({ llmd: { clusters: [unreachableCluster] } }),
    ).toContain(FULL_RESYNC_TASK_ID);
  });

  it.each([
    ['no clusters are configured', {}],
    [
      'llmd.catalog.enabled is false',
      { llmd: { clusters: [unreachableCluster], catalog: { enabled: false } } },
    ],
  ])(
    'registers nothing when %s, and the catalog starts',
    async (_case, data) => {
      expect(await scheduledTaskIds(data)).not.toContain(FULL_RESYNC_TASK_ID);
    },
  );
});
