import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  defaultCrdRoots,
  findSharedDir,
  SHARED_DIR_ENV,
} from './findSharedReference';

describe('findSharedDir', () => {
  let tmp: string;
  const savedEnv = process.env[SHARED_DIR_ENV];

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-dir-'));
    delete process.env[SHARED_DIR_ENV];
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (savedEnv === undefined) delete process.env[SHARED_DIR_ENV];
    else process.env[SHARED_DIR_ENV] = savedEnv;
  });

  it('walks up to the directory that has shared/reference beside it', () => {
    fs.mkdirSync(path.join(tmp, 'shared', 'reference'), { recursive: true });
    const pkg = path.join(tmp, 'checkout', 'packages', 'crd-validator');
    fs.mkdirSync(pkg, { recursive: true });
    expect(findSharedDir(pkg)).toBe(path.join(tmp, 'shared'));
    expect(defaultCrdRoots(pkg)).toEqual([
      path.join(tmp, 'shared', 'reference', 'crds'),
      path.join(tmp, 'shared', 'reference', 'kserve'),
    ]);
  });

  it('prefers LLMD_SHARED_DIR and checks it', () => {
    fs.mkdirSync(path.join(tmp, 'elsewhere', 'reference'), { recursive: true });
    process.env[SHARED_DIR_ENV] = path.join(tmp, 'elsewhere');
    expect(findSharedDir('/')).toBe(path.join(tmp, 'elsewhere'));
    process.env[SHARED_DIR_ENV] = path.join(tmp, 'nothing');
    expect(() => findSharedDir()).toThrow(/has no reference\/ directory/);
  });

  it('explains how to fix a missing shared directory', () => {
    expect(() => findSharedDir(tmp)).toThrow(/set LLMD_SHARED_DIR/);
  });

  it('finds the real shared data from this package', () => {
    expect(fs.existsSync(path.join(findSharedDir(), 'reference', 'crds'))).toBe(
      true,
    );
  });
});
