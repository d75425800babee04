import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_CATALOG_OWNER,
  readCatalogOwnerOptions,
} from './readCatalogOwnerOptions';

describe('readCatalogOwnerOptions', () => {
  it('defaults the owner and has no tenant owners without config', () => {
    expect(readCatalogOwnerOptions(new ConfigReader({}))).toEqual({
      owners: {},
      defaultOwner: DEFAULT_CATALOG_OWNER,
    });
  });

  it('reads llmd.catalog.owners and llmd.catalog.defaultOwner', () => {
    const config = new ConfigReader({
      llmd: {
        catalog: {
          owners: { 'team-a': 'group:default/team-a' },
          defaultOwner: 'group:default/ops',
        },
      },
    });
    expect(readCatalogOwnerOptions(config)).toEqual({
      owners: { 'team-a': 'group:default/team-a' },
      defaultOwner: 'group:default/ops',
    });
  });
});
