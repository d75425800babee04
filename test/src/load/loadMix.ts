import { benchModelName, benchModelNamespace } from '../bench/benchModels';

/** Models per cluster that get a portal-managed client ServiceAccount (the token requests mint for them). */
export const TOKEN_MODELS = 20;

/** One request of the mix, relative to the backend's `/api/llmd`. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** One route of the mix: its share of the arrival rate and the i-th request it sends. */
export interface LoadRoute {
  name: string;
  /** Share of the overall rate, in percent. */
  weight: number;
  request(index: number): LoadRequest;
}

/** What the mix needs to know about the fleet. */
export interface LoadFleet {
  clusters: readonly string[];
  models: number;
  /** Whether `GET /governance` takes `limit` (paged, issue 20). */
  governancePaged: boolean;
}

// Spreads consecutive requests over the fleet (a prime stride visits every model before repeating).
const modelAt = (fleet: LoadFleet, i: number, models = fleet.models) => {
  const index = (i * 7919) % models;
  return {
    cluster: fleet.clusters[i % fleet.clusters.length],
    namespace: benchModelNamespace(index),
    name: benchModelName(index),
  };
};

/** Fleet page views: the first page, filters from the chips and search box, another sort. */
const FLEET_PAGES = [
  'limit=50',
  'limit=50&tenant=tenant-3',
  'limit=50&q=model-01',
  'limit=50&ready=true&sort=-name',
];

/**
 * The portal's read and token traffic: model pages (detail and the Reachability card's diagnosis), fleet pages,
 * governance pages and token requests of an authenticated user.
 */
export function loadMix(fleet: LoadFleet): LoadRoute[] {
  return [
    {
      name: 'detail',
      weight: 40,
      request: i => {
        const m = modelAt(fleet, i);
        return { method: 'GET', path: `/models/${m.namespace}/${m.name}` };
      },
    },
    {
      name: 'fleetPage',
      weight: 20,
      request: i => ({
        method: 'GET',
        path: `/models?${FLEET_PAGES[i % FLEET_PAGES.length]}`,
      }),
    },
    {
      name: 'governance',
      weight: 15,
      request: () => ({
        method: 'GET',
        path: fleet.governancePaged ? '/governance?limit=50' : '/governance',
      }),
    },
    {
      name: 'diagnosis',
      weight: 15,
      request: i => {
        const m = modelAt(fleet, i);
        return {
          method: 'GET',
          path: `/models/${m.namespace}/${m.name}/diagnosis`,
        };
      },
    },
    {
      name: 'token',
      weight: 10,
      request: i => {
        const m = modelAt(fleet, i, Math.min(fleet.models, TOKEN_MODELS));
        return {
          method: 'POST',
          path: `/models/${m.namespace}/${m.name}/token`,
          body: JSON.stringify({ cluster: m.cluster, ttlSeconds: 600 }),
        };
      },
    },
  ];
}
