import { InputError } from '@backstage/errors';
import { isInUnit, resolveUnits } from './resolveUnits';

describe('resolveUnits', () => {
  const files = [
    'platform/gateways/shared/gateway.yaml',
    'tenants/a/models/x/a.yaml',
    'tenants/a/models/x/b.yaml',
    'tenants/a/models/x/nested/c.yaml',
  ];

  it('defaults to every directory directly holding a file, outermost only', () => {
    expect(resolveUnits(files)).toEqual({
      units: ['platform/gateways/shared', 'tenants/a/models/x'],
      outside: [],
    });
  });

  it('normalizes explicit units and reports the files outside them', () => {
    expect(
      resolveUnits(files, [
        './tenants/a/models/x/',
        'tenants/a/models/x/nested',
      ]),
    ).toEqual({
      units: ['tenants/a/models/x'],
      outside: ['platform/gateways/shared/gateway.yaml'],
    });
  });

  it('keeps explicit units that have no files (they are removed)', () => {
    expect(resolveUnits([], ['tenants/gone']).units).toEqual(['tenants/gone']);
  });

  it('refuses files at the source root when defaulting', () => {
    expect(() => resolveUnits(['README.md', ...files])).toThrow(
      /sourcePath holds files at its root \(README\.md\)/,
    );
  });

  it.each([
    [[], 'units: must list at least one directory'],
    [['a/../../b'], "units[0] 'a/../../b': must not contain '..'"],
    [['/abs'], "units[0] '/abs': must be relative to the repository root"],
    [['C:\\x'], "units[0] 'C:\\x': must use '/' as separator"],
    [['./'], "units[0] './': must name a directory below the repository root"],
    [['a/.git/hooks'], "units[0] 'a/.git/hooks': must not contain '.git'"],
  ])('refuses units %j', (units, message) => {
    expect(() => resolveUnits(files, units)).toThrow(new InputError(message));
  });
});

describe('isInUnit', () => {
  it('matches the unit and what lies below it, not siblings with the same prefix', () => {
    expect(isInUnit('a/b', 'a/b')).toBe(true);
    expect(isInUnit('a/b/c', 'a/b')).toBe(true);
    expect(isInUnit('a/bc', 'a/b')).toBe(false);
  });
});
