import { ServerResponse } from 'node:http';
import {
  chunkBody,
  ResponseHeader,
  Usage,
  usageChunkBody,
} from './completionBodies';
import { Completion } from './completionText';
import { generationDelay as delay, GenerationTiming } from './generationTiming';

/**
 * Streams a completion as server-sent events the way vLLM does: `data: <chunk>` per token (chat first announces
 * the assistant role), a chunk with the finish reason, the usage chunk when asked for, then `data: [DONE]`.
 * Resolves with the time of the first token, or undefined when the client hung up before the end.
 */
export async function streamCompletion(
  res: ServerResponse,
  header: ResponseHeader,
  completion: Completion,
  options: { usage?: Usage; timing: GenerationTiming },
): Promise<number | undefined> {
  let gone = false;
  res.on('close', () => {
    gone = !res.writableFinished;
  });
  const send = (body: unknown) =>
    res.write(`data: ${JSON.stringify(body)}\n\n`);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
  });
  if (header.endpoint === 'chat') send(chunkBody(header, { role: true }));
  await delay(options.timing.firstTokenMs);
  const firstTokenAt = Date.now();
  for (const [i, token] of completion.tokens.entries()) {
    if (gone) return undefined;
    if (i > 0) await delay(options.timing.interTokenMs);
    send(chunkBody(header, { token }));
  }
  if (gone) return undefined;
  send(chunkBody(header, { finishReason: completion.finishReason }));
  if (options.usage) send(usageChunkBody(header, options.usage));
  res.end('data: [DONE]\n\n');
  return firstTokenAt;
}
