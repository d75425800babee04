import type { KindAccess } from '@llmd/plugin-llmd-common';
import { createLimiter, type Limiter } from './createLimiter';
import { describeKubeError } from './describeKubeError';
import { permissionText } from './kindAccessOf';
import type { KubeClient } from './kubeClientFor';
import { listAllPages } from './listAllPages';
import { requestOptionsWithSignal } from './requestOptionsWithSignal';
import { statusCodeOf } from './statusCodeOf';
import { storedObject } from './storedObject';
import type { KubeObject } from './types';
import type { WatchedResource } from './watchedResources';

/** What one read returned: its value, or why it failed as the kind's access (403, 404, anything else). */
export type ReadOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** HTTP status; undefined when the server could not be reached. */
      readonly status?: number;
      readonly access: Exclude<KindAccess, { state: 'ok' | 'pending' }>;
    };

const PAGE_SIZE = 500;
// A broken `continue` must not loop forever.
const MAX_PAGES = 200;

/**
 * Reads objects once with one set of credentials, for a command-line tool: each request bounded in time, at most
 * `concurrency` at once, failures turned into the kind's access rather than thrown.
 */
export class OneShotReader {
  private readonly limit: Limiter;

  constructor(
    private readonly client: KubeClient,
    private readonly options: { timeoutMs: number; concurrency: number },
  ) {
    this.limit = createLimiter(options.concurrency);
  }

  /** Every object of a resource (cluster-wide or of its namespace), all pages. */
  list(resource: WatchedResource): Promise<ReadOutcome<KubeObject[]>> {
    return this.limit(async () => {
      try {
        const { items } = await listAllPages(this.client, resource, {
          pageSize: PAGE_SIZE,
          timeoutMs: this.options.timeoutMs,
          signal: new AbortController().signal,
          maxPages: MAX_PAGES,
        });
        return { ok: true, value: items };
      } catch (error) {
        return this.failure(error, resource, 'list');
      }
    });
  }

  /** One object; undefined when it does not exist. */
  get(
    resource: WatchedResource,
    name: string,
  ): Promise<ReadOutcome<KubeObject | undefined>> {
    return this.limit(async () => {
      try {
        return { ok: true, value: await this.request(resource, name) };
      } catch (error) {
        if (statusCodeOf(error) === 404) return { ok: true, value: undefined };
        return this.failure(error, resource, 'get');
      }
    });
  }

  private async request(
    resource: WatchedResource,
    name: string,
  ): Promise<KubeObject> {
    const options = requestOptionsWithSignal(
      AbortSignal.timeout(this.options.timeoutMs),
    );
    const { customObjects, core } = this.client;
    let raw: unknown;
    if (resource.group === '' && resource.plural === 'namespaces') {
      // Typed (Dates): back to JSON, as the server sent it.
      raw = JSON.parse(
        JSON.stringify(await core.readNamespace({ name }, options)),
      );
    } else if (resource.namespace === undefined) {
      raw = await customObjects.getClusterCustomObject(
        { ...location(resource), name },
        options,
      );
    } else {
      raw = await customObjects.getNamespacedCustomObject(
        { ...location(resource), namespace: resource.namespace, name },
        options,
      );
    }
    return storedObject(raw as KubeObject, resource);
  }

  private failure(
    error: unknown,
    resource: WatchedResource,
    verb: 'list' | 'get',
  ): ReadOutcome<never> {
    const status = statusCodeOf(error);
    if (status === 403) {
      return {
        ok: false,
        status,
        access: {
          state: 'forbidden',
          permission: permissionText(resource, verb),
        },
      };
    }
    if (status === 404) {
      return { ok: false, status, access: { state: 'not-installed' } };
    }
    const message = describeKubeError(error, this.client.secrets);
    return { ok: false, status, access: { state: 'error', message } };
  }
}

function location(resource: WatchedResource) {
  return {
    group: resource.group,
    version: resource.version,
    plural: resource.plural,
  };
}
