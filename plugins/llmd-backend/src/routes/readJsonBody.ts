import { InputError } from '@backstage/errors';
import express from 'express';

/** Options of {@link readJsonBody}. */
export interface ReadJsonBodyOptions {
  /** Largest body accepted, in body-parser's notation (`4kb`). */
  readonly limit: string;
}

/**
 * A JSON body reader for a route handler: parses `req.body` with `express.json`, inside the handler so a bad body
 * is audited like any other refused request. body-parser's own errors are replaced by an InputError (400) that names
 * the problem only: their messages quote the body (Node's JSON.parse repeats the text around the error), and the
 * error handler would send that back and log it, secrets and terminal escapes included.
 */
export function readJsonBody(
  options: ReadJsonBodyOptions,
): (req: express.Request, res: express.Response) => Promise<void> {
  const parse = express.json({ limit: options.limit });
  return (req, res) =>
    new Promise((resolve, reject) => {
      parse(req, res, (error?: unknown) => {
        if (error === undefined || error === null) resolve();
        else reject(new InputError(describeBodyError(error, options.limit)));
      });
    });
}

/** What went wrong, by body-parser's error type (never its message). */
function describeBodyError(error: unknown, limit: string): string {
  const type = (error as { type?: unknown }).type;
  switch (type) {
    case 'entity.parse.failed':
      return 'Request body is not valid JSON';
    case 'entity.too.large':
      return `Request body is too large (at most ${limit})`;
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return 'Request body has an unsupported charset or content encoding';
    default:
      return 'Request body cannot be read';
  }
}
