import {
  formatInputProblem,
  type ParsedRenderInput,
} from '../inputs/parseRenderInput';

/** Test helper: the value of an input that must be valid; fails the test with its problems otherwise. */
export function validValue<T>(parsed: ParsedRenderInput<T>): T {
  if (!parsed.success) {
    throw new Error(
      `valid input rejected:\n${parsed.problems
        .map(formatInputProblem)
        .join('\n')}`,
    );
  }
  return parsed.value;
}

/** Test helper: the problems of an input that must be invalid, as the CLI prints them (`field: message`). */
export function problemLines(parsed: ParsedRenderInput<unknown>): string[] {
  if (parsed.success) throw new Error('expected problems');
  return parsed.problems.map(formatInputProblem);
}
