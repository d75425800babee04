import type { JsonObject, JsonValue } from '@backstage/config';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { parse } from 'yaml';
import { createTestActionContext } from './testActionContext';

/** One step of a template, as an action's documented example shows it. */
export interface ExampleStep {
  readonly id: string;
  readonly action: string;
  readonly input: JsonObject;
}

/** The outputs of the steps run so far, by step id. */
export type StepOutputs = Record<string, Record<string, JsonValue | undefined>>;

/**
 * The `examples` of an action as `it.each` rows: `[description, steps]`, the steps parsed from the YAML users read
 * (as Backstage's `*.examples.test.ts` do).
 */
export function examplesOf(
  action: Pick<TemplateAction<any, any, any>, 'examples'>,
): [string, ExampleStep[]][] {
  return (action.examples ?? []).map(({ description, example }) => [
    description,
    parse(example).steps,
  ]);
}

/**
 * The step of an example that calls `actionId`, its `${{ steps.<id>.output.<name> }}` values replaced by the outputs
 * of earlier steps (the scaffolder keeps the type of an expression that is a whole value, e.g. an array).
 */
export function exampleInput(
  steps: readonly ExampleStep[],
  actionId: string,
  outputs: StepOutputs = {},
): JsonObject {
  const step = steps.find(s => s.action === actionId);
  if (!step) throw new Error(`The example has no step calling ${actionId}`);
  return JSON.parse(JSON.stringify(step.input), (_key, value) => {
    const ref =
      typeof value === 'string' &&
      /^\$\{\{\s*steps\.([\w-]+)\.output\.(\w+)\s*\}\}$/.exec(value);
    if (!ref) return value;
    const resolved = outputs[ref[1]]?.[ref[2]];
    if (resolved === undefined) throw new Error(`No output for ${value}`);
    return resolved;
  });
}

/** Runs an action's handler on `input` in `workspacePath`; its outputs and log lines (`level: message`). */
export async function runAction(
  action: Pick<TemplateAction<any, any, any>, 'handler'>,
  input: JsonObject,
  workspacePath: string,
) {
  const run = createTestActionContext({ input, workspacePath });
  await action.handler(run.ctx as any);
  return { outputs: run.outputs, logs: run.logs };
}
