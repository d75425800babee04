import { InputError } from '@backstage/errors';
import { assertNotTargetBranch } from './assertNotTargetBranch';

describe('assertNotTargetBranch', () => {
  it.each([
    ['main', 'main'],
    ['refs/heads/main', 'main'],
    ['heads/main', 'main'],
    ['main', 'refs/heads/main'],
  ])('refuses %s onto target %s', (branch, target) => {
    expect(() => assertNotTargetBranch(branch, target)).toThrow(InputError);
    expect(() => assertNotTargetBranch(branch, target)).toThrow(
      `branchName '${branch}': must not be the target branch '${target}'`,
    );
  });

  it('allows any other branch', () => {
    expect(() => assertNotTargetBranch('llmd/model/x', 'main')).not.toThrow();
    expect(() => assertNotTargetBranch('main-x', 'main')).not.toThrow();
  });
});
