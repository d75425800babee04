import { InputError } from '@backstage/errors';

/** A branch as given, with a `refs/heads/` prefix (as a template may write it) dropped. */
function shortName(branch: string): string {
  return branch.replace(/^(refs\/)?heads\//, '');
}

/**
 * Refuses to push onto the target branch itself: changes reach it through review of a pull request, never straight
 * from a template. `main`, `heads/main` and `refs/heads/main` all name the same branch (git resolves the long forms
 * to it); every form is compared.
 *
 * @throws InputError naming both inputs
 */
export function assertNotTargetBranch(
  branchName: string,
  targetBranch: string,
): void {
  if (shortName(branchName) === shortName(targetBranch)) {
    throw new InputError(
      `branchName '${branchName}': must not be the target branch '${targetBranch}'; ` +
        'the change reaches it through review of a pull request',
    );
  }
}
