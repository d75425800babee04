import {
  type ConfigurationOptions,
  type ObservableMiddleware,
  Observable,
} from '@kubernetes/client-node';

/**
 * Per-request options of client-node's generated APIs that abort the request when `signal` aborts: the generated
 * clients have no timeout of their own, so callers pass `AbortSignal.timeout(...)` (combined with their stop signal).
 */
export function requestOptionsWithSignal(
  signal: AbortSignal,
): ConfigurationOptions {
  const middleware: ObservableMiddleware = {
    pre: context => {
      context.setSignal(signal);
      return new Observable(Promise.resolve(context));
    },
    post: context => new Observable(Promise.resolve(context)),
  };
  return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}
