import type { ConfigurationOptions } from '@kubernetes/client-node';
import type { KubeClient } from './kubeClientFor';
import { requestOptionsWithSignal } from './requestOptionsWithSignal';
import { storedObject } from './storedObject';
import type { KubeObject } from './types';
import type { WatchedResource } from './watchedResources';

/** One page of a list response. */
interface ListPage {
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
async function listResourcePage(
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
  const options = requestOptionsWithSignal(
    AbortSignal.any([page.signal, timeout]),
  );
  try {
    return await requestPage(client, resource, page, options);
  } catch (error) {
    if (timeout.aborted && !page.signal.aborted) {
      throw new Error(`the list request timed out after ${page.timeoutMs} ms`);
    }
    throw error;
  }
}

/**
 * Every page of a resource, until the last or until `signal` aborts (then what was read so far: the caller, which
 * aborted, discards it). At most `maxPages` pages, so a broken `continue` cannot loop forever.
 */
export async function listAllPages(
  client: KubeClient,
  resource: WatchedResource,
  options: {
    pageSize: number;
    timeoutMs: number;
    signal: AbortSignal;
    maxPages?: number;
  },
): Promise<{ items: KubeObject[]; resourceVersion: string }> {
  const items: KubeObject[] = [];
  let continueToken: string | undefined;
  let resourceVersion = '';
  let pages = 0;
  do {
    const page = await listResourcePage(client, resource, {
      limit: options.pageSize,
      continueToken,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
    items.push(...page.items);
    resourceVersion = page.resourceVersion;
    continueToken = page.continueToken;
    pages += 1;
  } while (
    continueToken &&
    !options.signal.aborted &&
    pages < (options.maxPages ?? Infinity)
  );
  return { items, resourceVersion };
}

async function requestPage(
  client: KubeClient,
  resource: WatchedResource,
  page: { limit: number; continueToken?: string },
  options: ConfigurationOptions,
): Promise<ListPage> {
  if (resource.group === '') {
    return requestCorePage(client, resource, page, options);
  }
  const request = {
    group: resource.group,
    version: resource.version,
    plural: resource.plural,
    limit: page.limit,
    _continue: page.continueToken,
  };
  // Custom objects come back as parsed JSON, exactly as the server sent them.
  const list = (await (resource.namespace === undefined
    ? client.customObjects.listClusterCustomObject(request, options)
    : client.customObjects.listNamespacedCustomObject(
        { ...request, namespace: resource.namespace },
        options,
      ))) as {
    items?: KubeObject[];
    metadata?: { resourceVersion?: string; continue?: string };
  };
  return {
    items: (list.items ?? []).map(item => storedObject(item, resource)),
    resourceVersion: list.metadata?.resourceVersion ?? '',
    continueToken: list.metadata?.continue || undefined,
  };
}

/** ConfigMaps (per namespace) and Namespaces: core kinds, through the typed client. */
async function requestCorePage(
  client: KubeClient,
  resource: WatchedResource,
  page: { limit: number; continueToken?: string },
  options: ConfigurationOptions,
): Promise<ListPage> {
  const request = { limit: page.limit, _continue: page.continueToken };
  let list;
  if (resource.plural === 'namespaces') {
    list = await client.core.listNamespace(request, options);
  } else if (resource.plural === 'configmaps' && resource.namespace) {
    list = await client.core.listNamespacedConfigMap(
      { ...request, namespace: resource.namespace },
      options,
    );
  } else {
    throw new Error(`cannot list ${resource.plural} of the core group`);
  }
  return {
    items: list.items.map(item => plainCoreObject(item, resource)),
    resourceVersion: list.metadata?.resourceVersion ?? '',
    continueToken: list.metadata?._continue || undefined,
  };
}

/**
 * The typed client turns timestamps into `Date`s, while watch events carry the JSON the server sent; convert back so
 * consumers always see Kubernetes JSON (RFC 3339 timestamps, second precision).
 */
function plainCoreObject(typed: object, resource: WatchedResource): KubeObject {
  const json = JSON.parse(JSON.stringify(typed));
  const meta = json.metadata ?? {};
  for (const field of ['creationTimestamp', 'deletionTimestamp']) {
    if (typeof meta[field] === 'string') {
      meta[field] = secondPrecision(meta[field]);
    }
  }
  return storedObject(json as KubeObject, resource);
}

function secondPrecision(iso: string): string {
  return iso.replace(/\.000Z$/, 'Z');
}
