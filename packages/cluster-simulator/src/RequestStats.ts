import { SimulatorStats } from './types';

/** Request counters, e.g. for a benchmark counting API-server requests per page view. */
export class RequestStats implements SimulatorStats {
  total = 0;
  byVerb: Record<string, number> = {};
  byResource: Record<string, number> = {};

  /** Counts one request; `resource` is undefined for non-resource paths (discovery, health). */
  record(verb: string, resource?: string): void {
    this.total++;
    this.byVerb[verb] = (this.byVerb[verb] ?? 0) + 1;
    if (resource !== undefined) {
      this.byResource[resource] = (this.byResource[resource] ?? 0) + 1;
    }
  }

  reset(): void {
    this.total = 0;
    this.byVerb = {};
    this.byResource = {};
  }
}
