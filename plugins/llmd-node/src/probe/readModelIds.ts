import type { Response } from 'undici';

/** A model list is a few kilobytes; a gateway answering with more is not serving one. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The `data[].id` of an OpenAI `/v1/models` answer; undefined when the body is not one (or exceeds 1 MiB).
 */
export async function readModelIds(
  response: Response,
): Promise<string[] | undefined> {
  const body = await readBounded(response);
  if (body === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const data = (parsed as { data?: unknown })?.data;
  if (!Array.isArray(data)) return undefined;
  return data.flatMap(entry => {
    const id = (entry as { id?: unknown })?.id;
    return typeof id === 'string' ? [id] : [];
  });
}

async function readBounded(response: Response): Promise<string | undefined> {
  if (!response.body) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    // leaving the loop cancels the stream
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}
