import { KubeConfig } from '@kubernetes/client-node';
import type { CliIo } from '../cliIo';
import { CliUsageError } from '../CliUsageError';
import { FileTooLargeError } from '../FileTooLargeError';

/** Real kubeconfigs are a few KB; a file of megabytes is not one. */
const MAX_KUBECONFIG_BYTES = 1024 * 1024;

/** The cluster `llmd diagnose` talks to: the loaded kubeconfig switched to the chosen context. */
export interface KubeconfigTarget {
  readonly kubeConfig: KubeConfig;
  readonly context: string;
  /** The API server URL of the context's cluster. */
  readonly server: string;
}

/**
 * Loads a kubeconfig file and selects a context (the current one when `context` is omitted).
 *
 * @throws CliUsageError when the file cannot be read, is not a kubeconfig, or has no such context
 */
export function readKubeconfigTarget(
  io: CliIo,
  file: string,
  context?: string,
): KubeconfigTarget {
  let text: string;
  try {
    text = io.readFile(file, MAX_KUBECONFIG_BYTES);
  } catch (error) {
    const why =
      error instanceof FileTooLargeError
        ? error.message
        : (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliUsageError(`cannot read kubeconfig ${file}: ${why}`);
  }
  const kubeConfig = new KubeConfig();
  try {
    kubeConfig.loadFromString(text);
  } catch (error) {
    throw new CliUsageError(
      `${file} is not a kubeconfig: ${(error as Error).message}`,
    );
  }
  const chosen = context ?? kubeConfig.getCurrentContext();
  if (!chosen) {
    throw new CliUsageError(
      `${file} has no current-context; pass --context (${contextNames(
        kubeConfig,
      )})`,
    );
  }
  if (!kubeConfig.getContextObject(chosen)) {
    throw new CliUsageError(
      `no context "${chosen}" in ${file} (${contextNames(kubeConfig)})`,
    );
  }
  kubeConfig.setCurrentContext(chosen);
  const server = kubeConfig.getCurrentCluster()?.server;
  if (!server) {
    throw new CliUsageError(
      `context "${chosen}" of ${file} names no cluster with a server`,
    );
  }
  return { kubeConfig, context: chosen, server };
}

function contextNames(kubeConfig: KubeConfig): string {
  const names = kubeConfig.getContexts().map(c => c.name);
  return names.length ? `contexts: ${names.join(', ')}` : 'it has no contexts';
}
