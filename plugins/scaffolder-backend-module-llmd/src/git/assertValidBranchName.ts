import { InputError } from '@backstage/errors';

/**
 * Returns why `name` cannot be a branch name, or undefined when it can.
 *
 * Follows `git check-ref-format --branch`: a name git itself would refuse
 * must fail here, before anything is written, with a message a template
 * author can act on.
 */
export function branchNameProblem(name: string): string | undefined {
  if (name === '') return 'must not be empty';
  if (name === '@' || name === 'HEAD') return `must not be '${name}'`;
  if (name.startsWith('-')) return "must not start with '-'";
  if (name.startsWith('/') || name.endsWith('/')) {
    return "must not start or end with '/'";
  }
  if (name.includes('//')) return "must not contain '//'";
  if (name.includes('..')) return "must not contain '..'";
  if (name.includes('@{')) return "must not contain '@{'";
  if (name.endsWith('.')) return "must not end with '.'";
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f]/.test(name)) {
    return 'must not contain spaces or control characters';
  }
  const special = name.match(/[~^:?*[\\]/);
  if (special) return `must not contain '${special[0]}'`;
  for (const component of name.split('/')) {
    if (component.startsWith('.')) {
      return `must not have a component starting with '.' (${component})`;
    }
    if (component.endsWith('.lock')) {
      return `must not have a component ending with '.lock' (${component})`;
    }
  }
  return undefined;
}

/**
 * Throws an InputError naming `field` when `name` is not a valid branch name.
 *
 * @param name - the branch name, without `refs/heads/`
 * @param field - the action input it came from, for the message
 */
export function assertValidBranchName(name: string, field: string): void {
  const problem = branchNameProblem(name);
  if (problem) {
    throw new InputError(`${field} '${name}': ${problem}`);
  }
}
