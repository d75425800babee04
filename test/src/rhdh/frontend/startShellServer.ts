import { existsSync, readFileSync } from 'node:fs';
import {
  type IncomingMessage,
  type ServerResponse,
  createServer,
} from 'node:http';
import { extname, join, normalize } from 'node:path';
import { Readable } from 'node:stream';
import { repoRoot } from '@internal/test-support';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};

/** Options of {@link startShellServer}. */
export interface ShellServerOptions {
  /** The built shell (ensureShellBuild). */
  shellDir: string;
  /** Scalprum name → the plugin's dist-scalprum folder. */
  scalprumPlugins: Record<string, string>;
  /** Handed to the shell as /shell-config.json. */
  shellConfig: object;
  /** Every other /api request is proxied there (the RHDH-like backend). */
  backendBaseUrl: string;
}

function sendFile(res: ServerResponse, root: string, path: string) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
  });
  res.end(readFileSync(file));
}

async function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  backend: string,
) {
  const body = ['GET', 'HEAD'].includes(req.method ?? 'GET')
    ? undefined
    : (Readable.toWeb(req) as ReadableStream);
  const headers = Object.fromEntries(
    Object.entries(req.headers).filter(
      ([k]) => k !== 'host' && typeof req.headers[k] === 'string',
    ),
  ) as Record<string, string>;
  const upstream = await fetch(`${backend}${req.url}`, {
    method: req.method,
    headers,
    body,
    duplex: 'half',
  } as RequestInit);
  const responseHeaders = Object.fromEntries(
    [...upstream.headers].filter(
      ([k]) => !['content-encoding', 'content-length'].includes(k),
    ),
  );
  res.writeHead(upstream.status, responseHeaders);
  res.end(Buffer.from(await upstream.arrayBuffer()));
}

/**
 * The shell's origin on loopback, shaped like RHDH's: the app page for every route, `/api/scalprum/plugins` and
 * `/api/scalprum/<name>/<file>` as RHDH's scalprum backend serves them, and the rest of `/api` from the backend.
 */
export function startShellServer(
  options: ShellServerOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://shell').pathname;
    const scalprum = path.match(/^\/api\/scalprum\/([^/]+)\/(.+)$/);
    if (path === '/api/scalprum/plugins') {
      const plugins = Object.fromEntries(
        Object.keys(options.scalprumPlugins).map(name => [
          name,
          {
            name,
            manifestLocation: `/api/scalprum/${name}/plugin-manifest.json`,
          },
        ]),
      );
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(plugins));
    } else if (scalprum && options.scalprumPlugins[scalprum[1]]) {
      sendFile(res, options.scalprumPlugins[scalprum[1]], scalprum[2]);
    } else if (path.startsWith('/api/')) {
      proxy(req, res, options.backendBaseUrl).catch(error =>
        res.writeHead(502).end(String(error)),
      );
    } else if (path === '/shell-config.json') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(options.shellConfig));
    } else if (path.startsWith('/shell/')) {
      sendFile(res, options.shellDir, path.slice('/shell/'.length));
    } else {
      sendFile(res, join(repoRoot, 'test/src/rhdh/frontend'), 'index.html');
    }
  });
  return new Promise(done =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise(r => server.close(() => r()).closeAllConnections()),
      });
    }),
  );
}
