import { ServiceUnavailableError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { FleetView } from './FleetView';

/** How long a read waits for the first build of a large fleet before answering 503 (clients time out at 30 s). */
const MAX_WAIT_MS = 15_000;

/**
 * The weak ETag of a fleet page: the view version, the normalised query (parsed, defaults applied, cursor
 * included) and the caller's permission decision. Equal for equal answers within one backend replica.
 */
export function fleetEtag(
  route: string,
  version: number,
  query: unknown,
  decision: string,
): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([route, query, decision]))
    .digest('base64url')
    .slice(0, 22);
  return `W/"${version}-${digest}"`;
}

/**
 * Answers `304 Not Modified` when the request's `If-None-Match` names the ETag (weak comparison), else the JSON
 * `body()` builds, with the ETag.
 */
export function sendWithEtag(
  req: Request,
  res: Response,
  etag: string,
  body: () => unknown,
): void {
  res.setHeader('ETag', etag);
  const header = req.headers['if-none-match'];
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  if (
    header &&
    (header.trim() === '*' ||
      header.split(',').some(tag => weak(tag) === weak(etag)))
  ) {
    res.status(304).end();
    return;
  }
  res.json(body());
}

/**
 * Waits until the fleet view is current for a read.
 *
 * @throws ServiceUnavailableError (503, with `Retry-After`) while the first build of a large fleet is still running
 */
export async function requireCurrentView(
  fleet: FleetView,
  res: Response,
): Promise<void> {
  if (await fleet.current(MAX_WAIT_MS)) return;
  res.setHeader('Retry-After', '5');
  throw new ServiceUnavailableError(
    `The fleet list is still being built (${fleet.pending} models and Gateways to go): try again in a few seconds`,
  );
}
