import { spawn } from 'node:child_process';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** A git smart-http server on 127.0.0.1 backed by `git http-backend`. */
export interface GitHttpServer {
  /** `http://127.0.0.1:<port>`; a repository `<root>/x.git` is at `${url}/x.git`. */
  url: string;
  /** `METHOD path?query` of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the repositories below `projectRoot` the way a real git host does,
 * by running `git http-backend` as a CGI per request. Pushing needs
 * `git config http.receivepack true` in the bare repository. With
 * `basicAuth`, requests without those credentials get a 401 challenge.
 */
export async function startGitHttpServer(
  projectRoot: string,
  options: { basicAuth?: { username: string; password: string } } = {},
): Promise<GitHttpServer> {
  const requests: string[] = [];
  const expectedAuth = options.basicAuth
    ? `Basic ${Buffer.from(
        `${options.basicAuth.username}:${options.basicAuth.password}`,
      ).toString('base64')}`
    : undefined;
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (expectedAuth && req.headers.authorization !== expectedAuth) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
      res.end();
      return;
    }
    runHttpBackend(projectRoot, req, res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(error => (error ? reject(error) : resolve()));
      }),
  };
}

function runHttpBackend(
  projectRoot: string,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value ?? '';
  };
  const child = spawn('git', ['http-backend'], {
    env: {
      ...process.env,
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: header('content-type'),
      // Without CONTENT_LENGTH http-backend reads the (chunked) body to EOF.
      ...(req.headers['content-length']
        ? { CONTENT_LENGTH: header('content-length') }
        : {}),
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      GIT_PROTOCOL: header('git-protocol'),
      REMOTE_ADDR: '127.0.0.1',
    },
  });
  req.pipe(child.stdin);
  let stderr = '';
  child.stderr.on('data', chunk => {
    stderr += chunk;
  });
  // CGI output: headers (including `Status:`), a blank line, then the body.
  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const text = head.toString('latin1');
    const match = /\r?\n\r?\n/.exec(text);
    if (!match) return;
    const end = match.index + match[0].length;
    let status = 200;
    for (const line of text.slice(0, end).split(/\r?\n/).filter(Boolean)) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = parseInt(value, 10);
      else res.setHeader(name, value);
    }
    res.statusCode = status;
    headersSent = true;
    res.write(head.subarray(end));
  });
  child.on('close', code => {
    if (!headersSent) {
      res.statusCode = 500;
      res.end(`git http-backend exited with ${code}: ${stderr}`);
      return;
    }
    res.end();
  });
}
