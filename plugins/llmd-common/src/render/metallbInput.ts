import { z } from 'zod';
import { dnsLabel } from '../kube/dnsNames';
import { ipAddress } from './inputs/ipAddress';
import { ipAddressRanges } from './inputs/ipAddressRange';

/** How MetalLB announces the pool's addresses: layer 2 (ARP/NDP) or BGP to a router. */
const METALLB_MODES = ['l2', 'bgp'] as const;

/** The pool name when none is given (the guide's). */
const DEFAULT_METALLB_POOL_NAME = 'llm-d-pool';

/** Largest 4-byte AS number (RFC 6793). */
const MAX_ASN = 4294967295;

const asNumber = z
  .number({ invalid_type_error: 'must be a number' })
  .int(`must be a whole number from 1 to ${MAX_ASN}`)
  .min(1, `must be a whole number from 1 to ${MAX_ASN}`)
  .max(MAX_ASN, `must be a whole number from 1 to ${MAX_ASN}`);

/** @public */
export const metallbBgpInputSchema = z
  .object({
    myASN: asNumber.describe('AS number of the cluster (MetalLB speakers).'),
    peerASN: asNumber.describe(
      'AS number of the router (equal to myASN for iBGP).',
    ),
    peerAddress: ipAddress.describe(
      'IPv4 or IPv6 address of the router to peer with.',
    ),
  })
  .strict();

/**
 * The BGP session of a `mode: bgp` MetalLB input.
 *
 * @public
 */
export type MetallbBgpInput = z.output<typeof metallbBgpInputSchema>;

/** @public */
export interface MetallbInputCommon {
  readonly poolName: string;
  readonly addresses: readonly string[];
  readonly installOperator: boolean;
}

/**
 * A validated MetalLB input, defaults applied (the output of {@link metallbInputSchema}).
 *
 * @public
 */
export type MetallbInput =
  | (MetallbInputCommon & { readonly mode: 'l2' })
  | (MetallbInputCommon & {
      readonly mode: 'bgp';
      readonly bgp: MetallbBgpInput;
    });

/**
 * Zod schema of bare-metal load balancing with MetalLB: an address pool announced by L2 or BGP, optionally with the
 * operator install. Parse with `parseRenderInput(metallbInputSchema, raw)`; the output is a
 * {@link MetallbInput}.
 *
 * @public
 */
export const metallbInputSchema = z
  .object({
    poolName: dnsLabel
      .default(DEFAULT_METALLB_POOL_NAME)
      .describe(
        `Name of the IPAddressPool; the advertisement and peer are named after it. Default: ${DEFAULT_METALLB_POOL_NAME}.`,
      ),
    addresses: ipAddressRanges.describe(
      'Addresses MetalLB may hand to LoadBalancer Services: ranges (192.168.1.240-192.168.1.250) or CIDRs (192.168.1.0/24), IPv4 or IPv6, not overlapping.',
    ),
    mode: z
      .enum(METALLB_MODES, {
        errorMap: () => ({ message: 'must be l2 or bgp' }),
      })
      .default('l2')
      .describe(
        'l2: answer ARP/NDP for the addresses on the local network. bgp: announce them to a router. Default: l2.',
      ),
    bgp: metallbBgpInputSchema
      .optional()
      .describe(
        'The BGP router to peer with; required when mode is bgp, not allowed otherwise.',
      ),
    installOperator: z
      .boolean()
      .default(true)
      .describe(
        'Also render the operator install (Namespace metallb-system, OperatorGroup, OLM Subscription). Default: true.',
      ),
  })
  .strict()
  .superRefine((metallb, ctx) => {
    if (metallb.mode === 'bgp' && metallb.bgp === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['bgp'],
        message:
          'required when mode is bgp: myASN, peerASN and peerAddress of the router',
      });
    }
    if (metallb.mode !== 'bgp' && metallb.bgp !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['bgp'],
        message: `only allowed when mode is bgp (mode is ${metallb.mode})`,
      });
    }
  })
  .transform((metallb): MetallbInput => {
    const common = {
      poolName: metallb.poolName,
      addresses: metallb.addresses,
      installOperator: metallb.installOperator,
    };
    return metallb.mode === 'bgp' && metallb.bgp
      ? { ...common, mode: 'bgp', bgp: metallb.bgp }
      : { ...common, mode: 'l2' };
  });
