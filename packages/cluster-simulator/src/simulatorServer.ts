import http from 'node:http';
import https from 'node:https';
import { Socket } from 'node:net';
import { Faults } from './Faults';
import { TlsCertificate } from './tlsCertificate';

/** An http(s) server that tracks its sockets and refuses connections while the faults make it unreachable. */
export function createSimulatorServer(
  certificate: TlsCertificate | undefined,
  handler: http.RequestListener,
  { faults, sockets }: { faults: Faults; sockets: Set<Socket> },
): http.Server {
  const server = certificate
    ? https.createServer(
        { cert: certificate.cert, key: certificate.key },
        handler,
      )
    : http.createServer(handler);
  server.on('connection', (socket: Socket) => {
    if (faults.unreachable) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that hangs up mid-TLS-handshake or sends garbage must not crash a test run.
  server.on('clientError', (_error, socket) => socket.destroy());
  return server;
}

/** Listens on `host:port` (0: any free port); resolves with the port. */
export async function listen(
  server: http.Server,
  port: number,
  host: string,
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as { port: number }).port;
}
