import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  Watch,
} from '@kubernetes/client-node';
import { simulatorKubeConfig } from '../simulatorKubeConfig';
import { ClusterSimulator } from '../types';
import { HttpResponse, sendHttp } from './sendHttp';

/** A client-node KubeConfig pointing at `sim`. */
export function kubeConfig(sim: ClusterSimulator, token?: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions(simulatorKubeConfig(sim, token));
  return kc;
}

/** The API clients the tests use, all configured for `sim`. */
export function clientsFor(sim: ClusterSimulator, token?: string) {
  const kc = kubeConfig(sim, token);
  return {
    kc,
    core: kc.makeApiClient(CoreV1Api),
    custom: kc.makeApiClient(CustomObjectsApi),
    watch: new Watch(kc),
  };
}

/** The HTTP status code and parsed Status body of a failed client-node call. */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<{ code: number; body: any }> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ApiException) {
      const body = typeof e.body === 'string' ? safeParse(e.body) : e.body;
      return { code: e.code, body };
    }
    throw e;
  }
  throw new Error('expected the call to fail');
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** LLMInferenceService v1alpha1 as CustomObjectsApi addresses it. */
export const LLMISVC = {
  group: 'serving.kserve.io',
  version: 'v1alpha1',
  plural: 'llminferenceservices',
};

/** A minimal LLMInferenceService (v1alpha1) manifest. */
export function llmisvc(
  namespace: string,
  name: string,
  extra: Record<string, unknown> = {},
) {
  return {
    apiVersion: 'serving.kserve.io/v1alpha1',
    kind: 'LLMInferenceService',
    metadata: { name, namespace, labels: { app: name } },
    spec: {
      model: { uri: `hf://example/${name}` },
      router: { route: {}, scheduler: {} },
      ...extra,
    },
  };
}

/** One HTTP request to the simulator without client-node, to check status codes and raw bodies. */
export function rawRequest(
  sim: ClusterSimulator,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; contentType?: string } = {},
): Promise<HttpResponse> {
  const url = new URL(path, sim.url);
  let body: string | undefined;
  if (typeof options.body === 'string') body = options.body;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (body !== undefined)
    headers['Content-Type'] = options.contentType ?? 'application/json';
  return sendHttp(url, {
    method,
    headers,
    body,
    caData: sim.caData,
    description: `request ${method} ${path}`,
  });
}
