import { z } from 'zod';
import {
  defaultGatewayListeners,
  gatewayListenersSchema,
  type GatewayListenerInput,
} from './gatewayListenerInput';
import { dnsLabel, dnsSubdomain } from '../kube/dnsNames';
import { labelKey, labelValue } from './inputs/labelKey';
import {
  DEFAULT_GATEWAY_ACCESS_LABEL,
  DEFAULT_GATEWAY_CLASS_NAME,
  DEFAULT_GATEWAY_CONTROLLER,
  DEFAULT_SHARED_GATEWAY,
} from './platformGatewayDefaults';

// The GatewayClass CRD's pattern for controllerName: a domain-prefixed path.
const CONTROLLER_NAME =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

/**
 * Which namespaces may attach routes to the shared Gateway: those carrying a label, or a fixed list.
 *
 * @public
 */
export type AllowedGatewayNamespaces =
  | { readonly selectorLabel: string }
  | { readonly names: readonly string[] };

/**
 * A validated shared-Gateway input, defaults applied (the output of {@link gatewayInputSchema}).
 *
 * @public
 */
export interface GatewayInput {
  readonly name: string;
  readonly namespace: string;
  readonly gatewayClass: {
    readonly name: string;
    readonly controllerName: string;
  };
  readonly allowedNamespaces: AllowedGatewayNamespaces;
  readonly listeners: readonly GatewayListenerInput[];
  readonly labels: Readonly<Record<string, string>>;
}

const gatewayClassSchema = z
  .object({
    name: dnsSubdomain
      .default(DEFAULT_GATEWAY_CLASS_NAME)
      .describe(
        `Name of the GatewayClass. Default: ${DEFAULT_GATEWAY_CLASS_NAME}.`,
      ),
    controllerName: z
      .string()
      .max(253, 'must be at most 253 characters')
      .regex(
        CONTROLLER_NAME,
        'must be a domain-prefixed path like openshift.io/gateway-controller/v1',
      )
      .default(DEFAULT_GATEWAY_CONTROLLER)
      .describe(
        `Controller that implements the class. Default: ${DEFAULT_GATEWAY_CONTROLLER} (OpenShift).`,
      ),
  })
  .strict();

const allowedNamespacesSchema = z
  .object({
    selectorLabel: labelKey
      .optional()
      .describe(
        'Namespaces labelled <selectorLabel>: "true" may attach routes (tenants opt in with the label).',
      ),
    names: z
      .array(dnsLabel)
      .min(1, 'needs at least one namespace')
      .superRefine((names, ctx) => {
        names.forEach((name, i) => {
          if (names.indexOf(name) < i) {
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message: `namespace ${name} is listed twice`,
            });
          }
        });
      })
      .optional()
      .describe('Only these namespaces may attach routes (a fixed list).'),
  })
  .strict()
  .superRefine((allowed, ctx) => {
    const given = [allowed.selectorLabel, allowed.names].filter(
      value => value !== undefined,
    ).length;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          given === 0
            ? 'give selectorLabel (namespaces opt in by label) or names (a fixed list of namespaces)'
            : 'give either selectorLabel or names, not both',
      });
    }
  });

/**
 * Zod schema of the platform's shared inference Gateway and its GatewayClass. Parse with
 * `parseRenderInput(gatewayInputSchema, raw)`; the output is a {@link GatewayInput}.
 *
 * @public
 */
export const gatewayInputSchema = z
  .object({
    name: dnsSubdomain
      .default(DEFAULT_SHARED_GATEWAY.name)
      .describe(
        `Name of the Gateway. Default: ${DEFAULT_SHARED_GATEWAY.name}.`,
      ),
    namespace: dnsLabel
      .default(DEFAULT_SHARED_GATEWAY.namespace)
      .describe(
        `Namespace of the Gateway. Default: ${DEFAULT_SHARED_GATEWAY.namespace}.`,
      ),
    gatewayClass: gatewayClassSchema
      .default({})
      .describe('The GatewayClass rendered with the Gateway.'),
    allowedNamespaces: allowedNamespacesSchema
      .default({ selectorLabel: DEFAULT_GATEWAY_ACCESS_LABEL })
      .describe(
        `Which namespaces may attach routes; never all of them (HTTPRoute hijacking). Default: selectorLabel ${DEFAULT_GATEWAY_ACCESS_LABEL}.`,
      ),
    listeners: gatewayListenersSchema
      .optional()
      .describe(
        'HTTP and/or HTTPS listeners. Default: one HTTP listener on port 80.',
      ),
    labels: z
      .record(labelKey, labelValue)
      .default({})
      .describe(
        'Extra labels on the Gateway, e.g. istio.io/rev: openshift-gateway as in the guide. Default: none.',
      ),
  })
  .strict()
  .transform(
    (gateway): GatewayInput => ({
      name: gateway.name,
      namespace: gateway.namespace,
      gatewayClass: gateway.gatewayClass,
      allowedNamespaces:
        gateway.allowedNamespaces.names !== undefined
          ? { names: gateway.allowedNamespaces.names }
          : {
              selectorLabel:
                gateway.allowedNamespaces.selectorLabel ??
                DEFAULT_GATEWAY_ACCESS_LABEL,
            },
      listeners: gateway.listeners ?? defaultGatewayListeners(),
      labels: gateway.labels,
    }),
  );
