import type { BenchOptions } from './benchOptions';
import { percentile, round2 } from './percentiles';
import { timeSequentialRequests } from './timedRequests';

/** p50/p95 of one request shape, and how many were timed. */
export interface PageFigures {
  p50: number;
  p95: number;
  samples: number;
}

/** What the benchmark reports for the fleet page's requests (issue 20). */
export interface FleetPageFigures {
  models: number;
  /** Whether `GET /models` paged (a page of 50 answered 50 items at most); false on the interim whole-fleet route. */
  paged: boolean;
  /** Whether `GET /governance` took `limit` (paged); false when it refused query parameters. */
  governancePaged: boolean;
  /** Whether `GET /models` answered an ETag and a 304 to `If-None-Match`. */
  etag: boolean;
  /** The first timed page of this measurement (the view was built by the first page after the sync). */
  modelsColdMs: number;
  /** `llmd.fleet.modelsPageMs`: a page of 50, unfiltered, filtered, and a later page reached through cursors. */
  modelsPageMs: {
    unfiltered: PageFigures;
    filtered: PageFigures & { query: string };
    /** The 10th page, or the last when there are fewer (null when the route gave no nextCursor). */
    laterPage: (PageFigures & { page: number }) | null;
  };
  /** `llmd.fleet.governanceMs`: a page of 50 (or the whole overview when not paged). */
  governanceMs: PageFigures;
}

/** Later page measured: reached by following nextCursor this many times. */
const LATER_PAGE = 10;
/** A filter the fleet page's chips and search box produce. */
const FILTER = 'tenant=tenant-3&ready=true&q=model-01';
/** Each measurement stops after this long (at least 5 requests), so the interim route at 100 000 stays bounded. */
const BUDGET_MS = 30_000;

const figures = (latencies: number[]): PageFigures => ({
  p50: round2(percentile(latencies, 50)),
  p95: round2(percentile(latencies, 95)),
  samples: latencies.length,
});

async function getJson(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers });
  const body = await response.json();
  return { response, body };
}

/** Follows nextCursor up to `pages - 1` times from the first page: the URL of the last page reached after the first. */
async function laterPageUrl(
  base: string,
  headers: Record<string, string>,
  pages: number,
): Promise<{ url: string; page: number } | undefined> {
  let url = `${base}/models?limit=50`;
  let page = 1;
  for (; page < pages; page++) {
    const { body } = await getJson(url, headers);
    if (!body.nextCursor) break;
    url = `${base}/models?limit=50&cursor=${encodeURIComponent(
      body.nextCursor,
    )}`;
  }
  return page > 1 ? { url, page } : undefined;
}

/**
 * The fleet page's requests, each `options.fleetViews` times (bounded by time): `GET /models` pages of 50 without
 * and with a filter, a later page through the cursor, and `GET /governance`.
 */
export async function measureFleetPages(
  base: string,
  headers: Record<string, string>,
  options: BenchOptions,
): Promise<FleetPageFigures> {
  const views = options.fleetViews;
  const first = `${base}/models?limit=50`;
  const [cold] = await timeSequentialRequests(1, () =>
    fetch(first, { headers }),
  );
  const { response, body } = await getJson(first, headers);
  const paged = Array.isArray(body.items) && body.items.length <= 50;
  const tag = response.headers.get('etag');
  const etag =
    !!tag &&
    (await fetch(first, { headers: { ...headers, 'if-none-match': tag } }))
      .status === 304;

  const unfiltered = await timeSequentialRequests(
    views,
    () => fetch(first, { headers }),
    BUDGET_MS,
  );
  const filtered = await timeSequentialRequests(
    views,
    () => fetch(`${base}/models?limit=50&${FILTER}`, { headers }),
    BUDGET_MS,
  );
  const later = paged
    ? await laterPageUrl(base, headers, LATER_PAGE)
    : undefined;
  const laterPage = later
    ? {
        ...figures(
          await timeSequentialRequests(
            views,
            () => fetch(later.url, { headers }),
            BUDGET_MS,
          ),
        ),
        page: later.page,
      }
    : null;

  const governancePaged =
    (await fetch(`${base}/governance?limit=50`, { headers })).status === 200;
  const governanceUrl = governancePaged
    ? `${base}/governance?limit=50`
    : `${base}/governance`;
  const governance = await timeSequentialRequests(
    views,
    () => fetch(governanceUrl, { headers }),
    BUDGET_MS,
  );
  return {
    models: options.clusters * options.models,
    paged,
    governancePaged,
    etag,
    modelsColdMs: round2(cold),
    modelsPageMs: {
      unfiltered: figures(unfiltered),
      filtered: { ...figures(filtered), query: FILTER },
      laterPage,
    },
    governanceMs: figures(governance),
  };
}
