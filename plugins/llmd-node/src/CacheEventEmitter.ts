import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterCacheEvent } from './types';

/** Fans cache events out to subscribers; a throwing subscriber is logged and never affects the others. */
export class CacheEventEmitter {
  private listeners: Array<(event: ClusterCacheEvent) => void> = [];

  constructor(private readonly logger: LoggerService) {}

  subscribe(listener: (event: ClusterCacheEvent) => void): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter(l => l !== listener);
    };
  }

  emit(event: ClusterCacheEvent): void {
    // The array is replaced, never mutated, so (un)subscribing from inside a listener is safe.
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(
          `A cluster cache subscriber failed on a '${event.type}' event of cluster '${event.cluster}': ${error}`,
        );
      }
    }
  }
}
