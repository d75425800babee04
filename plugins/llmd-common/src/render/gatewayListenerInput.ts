import { z } from 'zod';
import { port } from './inputs/inputFields';
import { dnsSubdomain } from '../kube/dnsNames';
import { parseIpAddress } from './inputs/ipAddress';

/** Listener protocols the portal renders: plain HTTP and HTTPS with TLS terminated at the Gateway. */
const GATEWAY_LISTENER_PROTOCOLS = ['HTTP', 'HTTPS'] as const;

/** A Gateway listener protocol. */
type GatewayListenerProtocol = (typeof GATEWAY_LISTENER_PROTOCOLS)[number];

/** The port a listener gets when none is given. */
export const DEFAULT_LISTENER_PORTS: Readonly<
  Record<GatewayListenerProtocol, number>
> = { HTTP: 80, HTTPS: 443 };

/** Most listeners a Gateway may have (the Gateway CRD's `maxItems`). */
const MAX_GATEWAY_LISTENERS = 64;

const GATEWAY_HOSTNAME =
  /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SECTION_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A listener hostname as the Gateway API accepts it: a DNS name, optionally with a leading `*.` wildcard label. */
const gatewayHostname = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(
    GATEWAY_HOSTNAME,
    "must be a DNS name like inference.apps.example.com or *.apps.example.com: lower-case letters, digits, '-' and '.'",
  )
  // The Gateway API matches hostnames against the Host header / SNI; it forbids IP addresses there.
  .refine(
    hostname => parseIpAddress(hostname) === undefined,
    'must be a DNS name, not an IP address',
  );

/**
 * Zod schema of one Gateway listener, as given by the user.
 *
 * @public
 */
export const gatewayListenerInputSchema = z
  .object({
    protocol: z
      .enum(GATEWAY_LISTENER_PROTOCOLS, {
        errorMap: () => ({ message: 'must be HTTP or HTTPS' }),
      })
      .describe('HTTP, or HTTPS with TLS terminated at the Gateway.'),
    port: port
      .optional()
      .describe(
        'Port the Gateway listens on. Default: 80 for HTTP, 443 for HTTPS.',
      ),
    hostname: gatewayHostname
      .optional()
      .describe(
        'Host name the listener answers for (wildcards like *.apps.example.com allowed). Required for HTTPS; optional for HTTP (any host).',
      ),
    secretName: dnsSubdomain
      .optional()
      .describe(
        'HTTPS only, and required there: the kubernetes.io/tls Secret in the Gateway namespace holding the certificate.',
      ),
    name: z
      .string()
      .max(253, 'must be at most 253 characters')
      .regex(
        SECTION_NAME,
        "must be lower-case letters, digits and '-', starting and ending with a letter or digit",
      )
      .optional()
      .describe(
        'Listener name (HTTPRoutes may pick it as sectionName). Default: http / https, or http-<port> / https-<port> for other ports, disambiguated by hostname.',
      ),
  })
  .strict()
  .superRefine((listener, ctx) => {
    if (listener.protocol === 'HTTPS') {
      if (listener.hostname === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['hostname'],
          message:
            'required for HTTPS: the name the TLS certificate is issued for',
        });
      }
      if (listener.secretName === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['secretName'],
          message:
            'required for HTTPS: the Secret holding the TLS certificate and key',
        });
      }
    } else if (listener.secretName !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['secretName'],
        message:
          'only allowed for HTTPS listeners (HTTP has no TLS certificate)',
      });
    }
  })
  .transform(listener => ({
    ...listener,
    port: listener.port ?? DEFAULT_LISTENER_PORTS[listener.protocol],
  }));

/**
 * One validated Gateway listener (defaults applied).
 *
 * @public
 */
export type GatewayListenerInput = z.output<typeof gatewayListenerInputSchema>;

type ListenerDraft = {
  protocol: string;
  port?: number;
  hostname?: string;
  name?: string;
};

// Runs on partly invalid listeners too (zod refines "dirty" arrays), so it reads defensively.
function checkDistinctListeners(
  listeners: readonly ListenerDraft[],
  ctx: z.RefinementCtx,
): void {
  const seenNames = new Map<string, number>();
  const seenRoutes = new Map<string, number>();
  const seenPorts = new Map<number, { protocol: string; index: number }>();
  listeners.forEach((listener, index) => {
    const protocol = listener.protocol;
    const portNumber =
      listener.port ??
      DEFAULT_LISTENER_PORTS[protocol as GatewayListenerProtocol];
    if (listener.name !== undefined) {
      const first = seenNames.get(listener.name);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `listener name "${listener.name}" is already used by listener ${first}`,
        });
      } else seenNames.set(listener.name, index);
    }
    const routeKey = `${protocol}/${portNumber}/${listener.hostname ?? ''}`;
    const sameRoute = seenRoutes.get(routeKey);
    if (sameRoute !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `same protocol, port and hostname as listener ${sameRoute}: a request could not tell them apart`,
      });
    } else seenRoutes.set(routeKey, index);
    const portUser = seenPorts.get(portNumber);
    if (portUser && portUser.protocol !== protocol) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'port'],
        message: `port ${portNumber} is already used by the ${portUser.protocol} listener ${portUser.index}; HTTP and HTTPS cannot share a port`,
      });
    } else if (!portUser) seenPorts.set(portNumber, { protocol, index });
  });
}

/**
 * Zod schema of a Gateway's listeners: 1 to 64, each distinct (names, and protocol + port + hostname, unique — the
 * rules the Gateway CRD enforces with CEL, which a schema check alone would not catch).
 */
export const gatewayListenersSchema = z
  .array(gatewayListenerInputSchema)
  .min(1, 'needs at least one listener')
  .max(
    MAX_GATEWAY_LISTENERS,
    `at most ${MAX_GATEWAY_LISTENERS} listeners per Gateway`,
  )
  .superRefine(checkDistinctListeners);

/** The listeners a Gateway gets when none are given (a fresh copy each call): plain HTTP on port 80. */
export function defaultGatewayListeners(): GatewayListenerInput[] {
  return [{ protocol: 'HTTP', port: 80 }];
}
