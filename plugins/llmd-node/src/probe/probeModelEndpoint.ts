import { performance } from 'node:perf_hooks';
import type { ProbeRequestResult } from '@llmd/plugin-llmd-common';
import { Agent, fetch } from 'undici';
import { modelsListUrl } from './modelsListUrl';
import { probeRequestError } from './probeRequestError';
import { readModelIds } from './readModelIds';
import { caPem } from '../caPem';

/**
 * One request of an active probe.
 *
 * @public
 */
export interface ProbeModelEndpointOptions {
  /** The model's endpoint (`ModelEndpoint.baseUrl`, `…/<namespace>/<name>/v1`); `/v1/models` is requested. */
  readonly url: string;
  /** Sent as `Authorization: Bearer`, nowhere else; without it the request is anonymous. */
  readonly token?: string;
  /** Bound on the whole request, body included. */
  readonly timeoutMs: number;
  /** CA bundle of the gateway: PEM, or base64 of the PEM. */
  readonly ca?: string;
  readonly skipTLSVerify?: boolean;
}

/**
 * `GET <endpoint>/v1/models` once: the status, the latency and the model ids listed, or the failure in words.
 * Never throws for network failures (they are the result); never logs. The connection is closed afterwards.
 *
 * @public
 */
export async function probeModelEndpoint(
  options: ProbeModelEndpointOptions,
): Promise<ProbeRequestResult> {
  const agent = new Agent({
    connect: {
      ...(options.ca !== undefined && { ca: caPem(options.ca) }),
      rejectUnauthorized: !options.skipTLSVerify,
      timeout: options.timeoutMs,
    },
  });
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(modelsListUrl(options.url), {
      dispatcher: agent,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        accept: 'application/json',
        ...(options.token && { authorization: `Bearer ${options.token}` }),
      },
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      return { status: response.status, latencyMs: latencyMs() };
    }
    const models = await readModelIds(response);
    return {
      status: response.status,
      latencyMs: latencyMs(),
      ...(models
        ? { models }
        : {
            error:
              'the answer is not an OpenAI model list (JSON with data[].id)',
          }),
    };
  } catch (error) {
    return {
      latencyMs: latencyMs(),
      error: probeRequestError(error, options.timeoutMs),
    };
  } finally {
    await agent.destroy().catch(() => {});
  }
}
