import { ConfigReader } from '@backstage/config';
import { readTenantOwnersConfig } from './readTenantOwnersConfig';

describe('readTenantOwnersConfig', () => {
  it('reads llmd.catalog.owners, empty when absent', () => {
    expect(readTenantOwnersConfig(new ConfigReader({}))).toEqual({});
    expect(
      readTenantOwnersConfig(
        new ConfigReader({
          llmd: { catalog: { owners: { 'team-a': 'group:default/team-a' } } },
        }),
      ),
    ).toEqual({ 'team-a': 'group:default/team-a' });
  });

  it('names the bad key', () => {
    expect(() =>
      readTenantOwnersConfig(
        new ConfigReader({ llmd: { catalog: { owners: { 'team-a': ' ' } } } }),
      ),
    ).toThrow(
      'Invalid config at llmd.catalog.owners.team-a: expected an owner entity ref',
    );
    expect(() =>
      readTenantOwnersConfig(
        new ConfigReader({ llmd: { catalog: { owners: ['team-a'] } } }),
      ),
    ).toThrow('Invalid config at llmd.catalog.owners: expected a map');
  });
});
