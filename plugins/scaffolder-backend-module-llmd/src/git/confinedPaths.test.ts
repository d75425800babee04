import { isInside, normalizeRepoPath } from './confinedPaths';

describe('normalizeRepoPath', () => {
  it('normalizes ./ and trailing slashes', () => {
    expect(normalizeRepoPath('./a//b/./c/', 'units[0]')).toBe('a/b/c');
  });
});

describe('isInside', () => {
  it('accepts the directory and its descendants only', () => {
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/w', '/w/a/b')).toBe(true);
    expect(isInside('/w', '/w2')).toBe(false);
    expect(isInside('/w', '/')).toBe(false);
    expect(isInside('/w', '/w/../x')).toBe(false);
  });
});
