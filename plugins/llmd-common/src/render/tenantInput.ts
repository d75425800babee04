import { z } from 'zod';
import {
  defaultGatewayListeners,
  gatewayListenersSchema,
  type GatewayListenerInput,
} from './gatewayListenerInput';
import { entityRef } from './inputs/inputFields';
import { dnsLabel, dnsSubdomain } from '../kube/dnsNames';
import { labelKey } from './inputs/labelKey';
import {
  DEFAULT_GATEWAY_ACCESS_LABEL,
  DEFAULT_GATEWAY_CLASS_NAME,
  DEFAULT_SHARED_GATEWAY,
} from './platformGatewayDefaults';

/** How a tenant reaches its models: its own Gateway, or the platform's shared one. */
const TENANT_GATEWAY_MODES = ['dedicated', 'shared'] as const;

/**
 * A tenant's Gateway when it has its own (`mode: dedicated`).
 *
 * @public
 */
export interface DedicatedTenantGateway {
  readonly mode: 'dedicated';
  readonly name: string;
  readonly className: string;
  readonly listeners: readonly GatewayListenerInput[];
}

/**
 * The platform Gateway a tenant opts into (`mode: shared`), and the namespace label its selector matches.
 *
 * @public
 */
export interface SharedTenantGateway {
  readonly mode: 'shared';
  readonly sharedGateway: {
    readonly name: string;
    readonly namespace: string;
    readonly selectorLabel: string;
  };
}

/**
 * A validated tenant input, defaults applied (the output of {@link tenantInputSchema}).
 *
 * @public
 */
export interface TenantInput {
  readonly namespace: string;
  readonly owner: string;
  readonly displayName?: string;
  readonly gateway: DedicatedTenantGateway | SharedTenantGateway;
}

// Namespaces the platform owns: a tenant render would claim them (owner annotation, Gateway) if it could name them.
const RESERVED_NAMESPACE = /^(default|openshift|kube-.*|openshift-.*)$/;
const GATEWAY_SUFFIX = '-gateway';

/** The dedicated Gateway's default name, `<namespace>-gateway`, shortened so it stays a DNS-1123 label. */
export function defaultTenantGatewayName(namespace: string): string {
  const room = 63 - GATEWAY_SUFFIX.length;
  return `${namespace.slice(0, room).replace(/-+$/, '')}${GATEWAY_SUFFIX}`;
}

const sharedGatewayRefSchema = z
  .object({
    name: dnsSubdomain
      .default(DEFAULT_SHARED_GATEWAY.name)
      .describe(
        `Name of the shared Gateway. Default: ${DEFAULT_SHARED_GATEWAY.name}.`,
      ),
    namespace: dnsLabel
      .default(DEFAULT_SHARED_GATEWAY.namespace)
      .describe(
        `Namespace of the shared Gateway. Default: ${DEFAULT_SHARED_GATEWAY.namespace}.`,
      ),
    selectorLabel: labelKey
      .default(DEFAULT_GATEWAY_ACCESS_LABEL)
      .describe(
        `Namespace label (set to "true") the shared Gateway's allowedRoutes selector matches. Default: ${DEFAULT_GATEWAY_ACCESS_LABEL}.`,
      ),
  })
  .strict();

const DEDICATED_ONLY = ['name', 'className', 'listeners'] as const;

const tenantGatewaySchema = z
  .object({
    mode: z
      .enum(TENANT_GATEWAY_MODES, {
        errorMap: () => ({ message: 'must be dedicated or shared' }),
      })
      .default('dedicated')
      .describe(
        'dedicated: the tenant gets its own Gateway that only accepts routes from its namespace. shared: the tenant uses the platform Gateway, opting in with a namespace label. Default: dedicated.',
      ),
    name: dnsLabel
      .optional()
      .describe(
        'dedicated only: name of the Gateway. Default: <namespace>-gateway.',
      ),
    className: dnsSubdomain
      .optional()
      .describe(
        `dedicated only: GatewayClass of the Gateway. Default: ${DEFAULT_GATEWAY_CLASS_NAME}.`,
      ),
    listeners: gatewayListenersSchema
      .optional()
      .describe(
        'dedicated only: HTTP and/or HTTPS listeners. Default: one HTTP listener on port 80.',
      ),
    sharedGateway: sharedGatewayRefSchema
      .optional()
      .describe(
        `shared only: the platform Gateway to use. Default: ${DEFAULT_SHARED_GATEWAY.namespace}/${DEFAULT_SHARED_GATEWAY.name}, label ${DEFAULT_GATEWAY_ACCESS_LABEL}.`,
      ),
  })
  .strict()
  .superRefine((gateway, ctx) => {
    if (gateway.mode === 'shared') {
      for (const field of DEDICATED_ONLY) {
        if (gateway[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message:
              'only for mode dedicated: a shared-mode tenant has no Gateway of its own (see gateway.sharedGateway)',
          });
        }
      }
    } else if (gateway.sharedGateway !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sharedGateway'],
        message:
          'only for mode shared: a dedicated-mode tenant gets its own Gateway',
      });
    }
  });

/**
 * Zod schema of a tenant: a namespace with an owner, and how it reaches the inference Gateway. Parse with
 * `parseRenderInput(tenantInputSchema, raw)`; the output is a {@link TenantInput}.
 *
 * @public
 */
export const tenantInputSchema = z
  .object({
    namespace: dnsLabel
      .refine(
        namespace => !RESERVED_NAMESPACE.test(namespace),
        'must not be a platform namespace (default, openshift, kube-*, openshift-*)',
      )
      .describe(
        'The tenant namespace (DNS-1123 label, at most 63 characters).',
      ),
    owner: entityRef.describe(
      'Backstage entity owning the tenant, e.g. group:default/team-a (written as the backstage.io/owner annotation).',
    ),
    displayName: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(256, 'must be at most 256 characters')
      .refine(
        // One line of readable text: it is shown as a title, and a lone surrogate would not survive UTF-8.
        text => !/\p{Cc}/u.test(text) && text.isWellFormed(),
        'must be one line of text without control characters',
      )
      .optional()
      .describe(
        'Name shown in the OpenShift console and the OpenShift AI dashboard. Default: none (the namespace is shown).',
      ),
    gateway: tenantGatewaySchema
      .default({})
      .describe(
        'How the tenant reaches its models. Default: a dedicated Gateway.',
      ),
  })
  .strict()
  .transform(
    (tenant): TenantInput => ({
      namespace: tenant.namespace,
      owner: tenant.owner,
      ...(tenant.displayName === undefined
        ? {}
        : { displayName: tenant.displayName }),
      gateway:
        tenant.gateway.mode === 'shared'
          ? {
              mode: 'shared',
              sharedGateway: tenant.gateway.sharedGateway ?? {
                ...DEFAULT_SHARED_GATEWAY,
                selectorLabel: DEFAULT_GATEWAY_ACCESS_LABEL,
              },
            }
          : {
              mode: 'dedicated',
              name:
                tenant.gateway.name ??
                defaultTenantGatewayName(tenant.namespace),
              className: tenant.gateway.className ?? DEFAULT_GATEWAY_CLASS_NAME,
              listeners: tenant.gateway.listeners ?? defaultGatewayListeners(),
            },
    }),
  );
