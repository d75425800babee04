import { fork, type StdioOptions } from 'node:child_process';

// A conditional over a type parameter distributes Omit over the union, so each request keeps its own fields.
/** A request to the child without the `id` the caller's `call` adds. */
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** How {@link startIpcChild} forks the child. */
export interface IpcChildOptions {
  /** Node flags of the child; Backstage's node transform is added after them, so it can run TypeScript. */
  readonly execArgv: readonly string[];
  /** stdin, stdout, stderr of the child (the IPC channel is added). */
  readonly stdio: readonly [
    'ignore' | 'inherit',
    'ignore' | 'inherit',
    'inherit',
  ];
  /** Named in the errors: "the backend", "bench fleet". */
  readonly what: string;
  /** How long the child may take to report it is ready. */
  readonly timeoutMs: number;
  /** How long `close` waits for the child to exit by itself before killing it. */
  readonly killAfterMs: number;
}

/** A child process answering requests over IPC, as {@link startIpcChild} returns it. */
export interface IpcChild<Ready, Request> {
  /** The message the child sent when ready. */
  readonly ready: Ready;
  /** Sends a request (with a fresh `id`) and resolves with the child's reply of the same `id`. */
  call(request: WithoutId<Request>): Promise<any>;
  /** Asks the child to close (`{op: 'close'}`) and waits until it exits, killing it after `killAfterMs`. */
  close(): Promise<void>;
}

/**
 * Forks `modulePath` with `arg`, waits until it sends `{type: 'ready', …}` (bounded by `timeoutMs`; the child is
 * killed after that), then talks to it by requests `{id, …}` answered by replies `{id, …}`. The load generator and
 * the benchmarks run the backend and the simulated clusters out of their own process this way, so their memory
 * and event loop are measured on their own.
 */
export async function startIpcChild<
  Ready extends { type: 'ready' },
  Request extends { id: number },
>(
  modulePath: string,
  arg: string,
  options: IpcChildOptions,
): Promise<IpcChild<Ready, Request>> {
  const child = fork(modulePath, [arg], {
    execArgv: [
      ...options.execArgv,
      '-r',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
    ],
    stdio: [...options.stdio, 'ipc'] as StdioOptions,
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`${options.what} not ready within ${options.timeoutMs} ms`),
      );
    }, options.timeoutMs);
    // Backstage's node transform also reports loaded files over IPC ({type: 'watch'}); wait for ours.
    const onMessage = (message: unknown) => {
      if ((message as Ready)?.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as Ready);
    };
    child.on('message', onMessage);
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`${options.what} exited with ${code}`));
    });
  });

  let nextId = 1;
  const pending = new Map<number, (reply: any) => void>();
  child.on('message', (message: any) => {
    const done = pending.get(message?.id);
    if (done) {
      pending.delete(message.id);
      done(message);
    }
  });

  return {
    ready,
    call: request =>
      new Promise(resolve => {
        const id = nextId++;
        pending.set(id, resolve);
        child.send({ ...request, id });
      }),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise(resolve => child.once('exit', resolve));
      child.send({ op: 'close', id: 0 });
      const timer = setTimeout(
        () => child.kill('SIGKILL'),
        options.killAfterMs,
      );
      await exited;
      clearTimeout(timer);
    },
  };
}
