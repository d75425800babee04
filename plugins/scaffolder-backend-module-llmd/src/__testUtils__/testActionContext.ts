import type { JsonObject, JsonValue } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  capturingLogger,
  type CapturingLogger,
} from '@llmd/plugin-llmd-node/testUtils';

/** A context for calling an action's handler directly, and what the call did. */
export interface TestActionContext {
  /** Pass to `action.handler(ctx as any)`. */
  ctx: ReturnType<typeof createMockActionContext>;
  outputs: Record<string, JsonValue | undefined>;
  /** Everything the action logged. */
  logger: CapturingLogger;
  /** Log lines so far, as `level: message`. */
  readonly logs: string[];
}

/**
 * `createMockActionContext` with what it leaves out: `isDryRun`, outputs and log lines collected for assertions,
 * and a checkpoint that stores results like the task worker does. `checkpoints` stands for the task's stored
 * checkpoint state: pass the same map to two calls to simulate a task retried after a crash.
 */
export function createTestActionContext(options: {
  input: JsonObject;
  workspacePath: string;
  isDryRun?: boolean;
  checkpoints?: Map<string, JsonValue | void>;
}): TestActionContext {
  const outputs: TestActionContext['outputs'] = {};
  const checkpoints = options.checkpoints ?? new Map();
  const logger = capturingLogger();
  const ctx = {
    ...createMockActionContext({
      input: options.input,
      workspacePath: options.workspacePath,
      logger,
    }),
    isDryRun: options.isDryRun,
    output: (name: string, value: JsonValue) => {
      outputs[name] = value;
    },
    checkpoint: async (opts: {
      key: string;
      fn: () => Promise<JsonValue | void>;
    }) => {
      if (checkpoints.has(opts.key)) return checkpoints.get(opts.key);
      const value = await opts.fn();
      checkpoints.set(opts.key, value);
      return value;
    },
  } as ReturnType<typeof createMockActionContext>;
  return {
    ctx,
    outputs,
    logger,
    get logs() {
      return logger.messages();
    },
  };
}
