import { IncomingMessage, ServerResponse } from 'node:http';
import { parseAllDocuments } from 'yaml';
import { badRequest, StatusError } from './StatusError';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Sends a JSON body (an object, or text that already is JSON). */
export function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache, private',
  });
  res.end(text);
}

/** Sends an error as a Kubernetes Status object with its HTTP code. */
export function sendStatusError(res: ServerResponse, error: StatusError): void {
  sendJson(res, error.code, error.toStatus());
}

/** Reads the request body as text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new StatusError(413, 'request entity too large');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Parses a request body: JSON, or YAML for server-side apply (`application/apply-patch+yaml`).
 *
 * @throws StatusError 400 for bodies that do not parse
 */
export function parseBody(
  text: string,
  contentType: string | undefined,
): unknown {
  if (text.trim() === '') return undefined;
  const yaml = (contentType ?? '').includes('yaml');
  try {
    if (!yaml) return JSON.parse(text);
    const docs = parseAllDocuments(text);
    const [doc] = Array.isArray(docs) ? docs : [];
    if (!doc || doc.errors.length)
      throw new Error(doc?.errors[0]?.message ?? 'empty');
    return doc.toJS();
  } catch (e) {
    throw badRequest(
      `the body of the request could not be decoded: ${(e as Error).message}`,
    );
  }
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
