import http from 'node:http';
import https from 'node:https';

/** A response read whole by {@link sendHttp}. */
export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, undefined when it is not JSON. */
  json: any;
}

/** One HTTP(S) request to a loopback URL without client-node (trusting `caData` when given), read whole. */
export function sendHttp(
  url: URL,
  request: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    caData?: string;
    /** Names the request in the timeout error. */
    description: string;
  },
): Promise<HttpResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: request.method,
        headers: request.headers,
        ca: request.caData ? Buffer.from(request.caData, 'base64') : undefined,
        agent: false,
        timeout: 10_000,
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json,
          });
        });
      },
    );
    req.on('timeout', () =>
      req.destroy(new Error(`${request.description} timed out`)),
    );
    req.on('error', reject);
    req.end(request.body);
  });
}
