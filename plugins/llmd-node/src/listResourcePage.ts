import {
  type ConfigurationOptions,
  type ObservableMiddleware,
  Observable,
  type V1ConfigMap,
} from '@kubernetes/client-node';
import type { KubeClient } from './kubeClientFor';
import type { KubeObject } from './types';
import { type WatchedResource, withTypeMeta } from './watchedResources';

/** One page of a list response. */
export interface ListPage {
  readonly items: KubeObject[];
  /** resourceVersion of the list (the point a watch resumes from). */
  readonly resourceVersion: string;
  /** Set when more pages follow. */
  readonly continueToken?: string;
}

/**
 * Lists one page of a watched resource through client-node's generated API. The generated clients have no timeout
 * of their own, so the request is aborted through a request middleware after `timeoutMs` or when `signal` aborts.
 *
 * @throws the client's error (an `ApiException` for HTTP errors), or an Error saying the request timed out
 */
export async function listResourcePage(
  client: KubeClient,
  resource: WatchedResource,
  page: {
    limit: number;
    continueToken?: string;
    timeoutMs: number;
    signal: AbortSignal;
  },
): Promise<ListPage> {
  const timeout = AbortSignal.timeout(page.timeoutMs);
  const options = withSignal(AbortSignal.any([page.signal, timeout]));
  try {
    return await requestPage(client, resource, page, options);
  } catch (error) {
    if (timeout.aborted && !page.signal.aborted) {
      throw new Error(`the list request timed out after ${page.timeoutMs} ms`);
    }
    throw error;
  }
}

async function requestPage(
  client: KubeClient,
  resource: WatchedResource,
  page: { limit: number; continueToken?: string },
  options: ConfigurationOptions,
): Promise<ListPage> {
  if (resource.group === '' && resource.plural === 'configmaps') {
    const list = await client.core.listNamespacedConfigMap(
      {
        namespace: resource.namespace!,
        limit: page.limit,
        _continue: page.continueToken,
      },
      options,
    );
    return {
      items: list.items.map(cm => plainConfigMap(cm, resource)),
      resourceVersion: list.metadata?.resourceVersion ?? '',
      continueToken: list.metadata?._continue || undefined,
    };
  }
  // Custom objects come back as parsed JSON, exactly as the server sent them.
  const list = (await client.customObjects.listClusterCustomObject(
    {
      group: resource.group,
      version: resource.version,
      plural: resource.plural,
      limit: page.limit,
      _continue: page.continueToken,
    },
    options,
  )) as {
    items?: KubeObject[];
    metadata?: { resourceVersion?: string; continue?: string };
  };
  return {
    items: (list.items ?? []).map(item => withTypeMeta(item, resource)),
    resourceVersion: list.metadata?.resourceVersion ?? '',
    continueToken: list.metadata?.continue || undefined,
  };
}

function withSignal(signal: AbortSignal): ConfigurationOptions {
  const middleware: ObservableMiddleware = {
    pre: context => {
      context.setSignal(signal);
      return new Observable(Promise.resolve(context));
    },
    post: context => new Observable(Promise.resolve(context)),
  };
  return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}

/**
 * The typed client turns timestamps into `Date`s, while watch events carry the JSON the server sent; convert back so
 * consumers always see Kubernetes JSON (RFC 3339 timestamps, second precision).
 */
function plainConfigMap(
  cm: V1ConfigMap,
  resource: WatchedResource,
): KubeObject {
  const json = JSON.parse(JSON.stringify(cm));
  const meta = json.metadata ?? {};
  for (const field of ['creationTimestamp', 'deletionTimestamp']) {
    if (typeof meta[field] === 'string') {
      meta[field] = secondPrecision(meta[field]);
    }
  }
  for (const entry of meta.managedFields ?? []) {
    if (typeof entry.time === 'string') {
      entry.time = secondPrecision(entry.time);
    }
  }
  return withTypeMeta(json as KubeObject, resource);
}

function secondPrecision(iso: string): string {
  return iso.replace(/\.000Z$/, 'Z');
}
