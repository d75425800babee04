import { execFileSync } from 'node:child_process';
import { InputError } from '@backstage/errors';
import {
  assertValidBranchName,
  branchNameProblem,
} from './assertValidBranchName';

function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

const valid = [
  'main',
  'llmd/model/team-a/granite-8b',
  'feature/x.y',
  'a-b_c',
  'v1.2',
  'ünïcode',
];
const invalid = [
  '',
  '-x',
  '/a',
  'a/',
  'a//b',
  'a..b',
  'a@{b',
  'a.',
  'a b',
  'a\tb',
  'a~1',
  'a^',
  'a:b',
  'a?',
  'a*',
  'a[b',
  'a\\b',
  '.a',
  'a/.b',
  'a.lock',
  'a.lock/b',
];

describe('branchNameProblem', () => {
  it.each(valid)('accepts %j like git does', name => {
    expect(branchNameProblem(name)).toBeUndefined();
    expect(gitAccepts(name)).toBe(true);
  });

  it.each(invalid)('rejects %j like git does', name => {
    expect(branchNameProblem(name)).toEqual(expect.any(String));
    expect(gitAccepts(name)).toBe(false);
  });

  // `--branch` reads these as revisions (the current branch); as branch
  // names git refuses them.
  it.each(['@', 'HEAD'])('rejects %j', name => {
    expect(branchNameProblem(name)).toBe(`must not be '${name}'`);
  });
});

describe('assertValidBranchName', () => {
  it('throws an InputError naming the field and the problem', () => {
    expect(() => assertValidBranchName('a..b', 'branchName')).toThrow(
      new InputError("branchName 'a..b': must not contain '..'"),
    );
  });
});
