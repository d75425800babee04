import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_FULL_RESYNC_SCHEDULE,
  readCatalogModuleConfig,
} from './readCatalogModuleConfig';

const read = (catalog?: object) =>
  readCatalogModuleConfig(
    new ConfigReader(catalog ? { llmd: { catalog } } : {}),
  );

describe('readCatalogModuleConfig', () => {
  it('has defaults for everything', () => {
    expect(read()).toEqual({
      enabled: true,
      entities: { owners: {}, defaultOwner: 'group:default/platform-team' },
      schedule: DEFAULT_FULL_RESYNC_SCHEDULE,
    });
    expect(DEFAULT_FULL_RESYNC_SCHEDULE.frequency).toEqual({ minutes: 30 });
  });

  it('reads every key', () => {
    expect(
      read({
        enabled: false,
        owners: { 'team-a': 'group:default/team-a', '1st-tenant': 'first' },
        defaultOwner: 'group:default/ops',
        lifecycle: 'experimental',
        gitopsSourceBaseUrl: 'https://git.example.com/gitops/tree/main',
        schedule: { frequency: { minutes: 5 }, timeout: { seconds: 30 } },
      }),
    ).toEqual({
      enabled: false,
      entities: {
        owners: { 'team-a': 'group:default/team-a', '1st-tenant': 'first' },
        defaultOwner: 'group:default/ops',
        lifecycle: 'experimental',
        gitopsSourceBaseUrl: 'https://git.example.com/gitops/tree/main',
      },
      schedule: { frequency: { minutes: 5 }, timeout: { seconds: 30 } },
    });
  });

  it('names the key of an invalid owner', () => {
    expect(() => read({ owners: { 'team-a': 7 } })).toThrow(
      'llmd.catalog.owners.team-a',
    );
    expect(() => read({ owners: ['team-a'] })).toThrow('llmd.catalog.owners');
  });
});
