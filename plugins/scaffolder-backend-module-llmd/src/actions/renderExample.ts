import { stringify } from 'yaml';

/** One `examples` entry of a render action: a template step calling it with `input`. */
export function renderExample(
  action: string,
  description: string,
  input: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): { description: string; example: string } {
  return {
    description,
    example: stringify({
      steps: [
        { id: 'render', name: description, action, input: { input, ...extra } },
      ],
    }),
  };
}
