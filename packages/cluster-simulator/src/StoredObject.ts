import { ResourceType } from './ResourceTable';
import { KubeObject } from './types';

/**
 * An immutable object in the store with its serialisations cached: a list or watch event over many watchers
 * serialises each object once per API version instead of once per client.
 */
export class StoredObject {
  private readonly json = new Map<string, string>();

  constructor(readonly object: Readonly<KubeObject>) {}

  get name(): string {
    return this.object.metadata.name!;
  }

  /** '' for cluster-scoped objects. */
  get namespace(): string {
    return this.object.metadata.namespace ?? '';
  }

  get resourceVersion(): string {
    return this.object.metadata.resourceVersion ?? '';
  }

  get labels(): Record<string, string> | undefined {
    return this.object.metadata.labels;
  }

  /** The object as JSON, converted to `apiVersion` (versions of one resource differ only in apiVersion here). */
  toJson(apiVersion: string): string {
    let text = this.json.get(apiVersion);
    if (text === undefined) {
      text = JSON.stringify(
        apiVersion === this.object.apiVersion
          ? this.object
          : { ...this.object, apiVersion },
      );
      this.json.set(apiVersion, text);
    }
    return text;
  }

  /**
   * The object as an item of a list response. Built-in kinds are served typed by the real API server, whose
   * list items carry no kind/apiVersion; clients must not rely on them, so neither does this simulator.
   */
  toListItemJson(type: ResourceType): string {
    if (!type.builtin) {
      return this.toJson(type.apiVersion);
    }
    const key = '#item';
    let text = this.json.get(key);
    if (text === undefined) {
      const { apiVersion: _a, kind: _k, ...rest } = this.object;
      text = JSON.stringify(rest);
      this.json.set(key, text);
    }
    return text;
  }

  /** A deep, mutable copy as `apiVersion`. */
  copyAs(apiVersion: string): KubeObject {
    return JSON.parse(this.toJson(apiVersion));
  }
}
