import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

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
