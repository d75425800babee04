import type { ModelCondition, ModelProbeResult } from '../api';
import {
  type GatewayRef,
  type ModelGatewayRef,
  gatewayRefsOf,
} from '../endpoints/gatewayRefsOf';
import type { KubeObjectLike } from '../kube/kubeObject';
import { readModelConditions } from '../models/modelConditions';
import { isAuthEnabled } from '../models/modelMetadata';
import { DEFAULT_SHARED_GATEWAY } from '../render/platformGatewayDefaults';
import { crdPresence, type CrdPresence } from './crdPresence';
import { kindUnreadable, type Unreadable } from './kindReadability';
import { type ModelHttpRoutes, modelHttpRoutes } from './modelHttpRoutes';
import { type ModelTopology, modelTopology } from './modelTopology';
import type { ReachabilityCrd } from './reachabilityCrds';
import type { ReachabilitySource } from './reachabilitySource';

/**
 * Input of {@link diagnoseModel}.
 *
 * @public
 */
export interface ModelDiagnosisInput {
  readonly cluster: string;
  readonly llmInferenceService: KubeObjectLike;
  readonly source: ReachabilitySource;
  /** The controller's default Gateway (for `gateway: {}` or a route without refs); OpenShift AI's when absent. */
  readonly defaultGateway?: GatewayRef;
  /** The last active probe of the model on this cluster, when there is one. */
  readonly probe?: ModelProbeResult;
  /** Whether probing is enabled for the cluster (`llmd.clusters[].probe.enabled`); only changes the skip message. */
  readonly probeEnabled?: boolean;
}

/** A Gateway the model attaches to, with the object when it exists. */
export interface ResolvedGateway {
  readonly ref: ModelGatewayRef;
  readonly gateway?: KubeObjectLike;
}

/** What the diagnosis steps share about one model, read once. */
export interface DiagnosisContext extends ModelDiagnosisInput {
  readonly namespace: string;
  readonly name: string;
  readonly topology: ModelTopology;
  readonly authOn: boolean;
  /** `serving.kserve.io/stop` is "true": the controller tore everything down. */
  readonly stopped: boolean;
  readonly conditions: readonly ModelCondition[];
  readonly gateways: readonly ResolvedGateway[];
  readonly gatewaysUnreadable?: Unreadable;
  readonly routes: ModelHttpRoutes;
  readonly routesUnreadable?: Unreadable;
  /** Whether a CRD is installed, read once per diagnosis (several steps ask about AuthPolicy). */
  crd(crd: ReachabilityCrd): CrdPresence;
}

/** The Gateways a model attaches to: its refs, or the default Gateway when it has a route but names none. */
function gatewayRefs(
  input: ModelDiagnosisInput,
  topology: ModelTopology,
): ModelGatewayRef[] {
  const fallback = input.defaultGateway ?? DEFAULT_SHARED_GATEWAY;
  const refs = gatewayRefsOf(input.llmInferenceService, fallback);
  if (refs.length > 0 || !topology.route || topology.routeRefs.length > 0)
    return refs;
  return [{ namespace: fallback.namespace, name: fallback.name }];
}

/** Reads what every step needs: the model's facts, its Gateways and HTTPRoutes (a few lookups, no scans). */
export function diagnosisContext(input: ModelDiagnosisInput): DiagnosisContext {
  const model = input.llmInferenceService;
  const { source } = input;
  const topology = modelTopology(model);
  const gatewaysUnreadable = kindUnreadable(source, 'Gateway');
  const routesUnreadable = kindUnreadable(source, 'HTTPRoute');
  const stop = model.metadata.annotations?.['serving.kserve.io/stop'];
  const crds = new Map<string, CrdPresence>();
  return {
    ...input,
    namespace: model.metadata.namespace ?? '',
    name: model.metadata.name,
    topology,
    authOn: isAuthEnabled(model),
    stopped: stop?.trim().toLowerCase() === 'true',
    conditions: readModelConditions(model),
    gateways: gatewayRefs(input, topology).map(ref => {
      const gateway = source.get('Gateway', ref.namespace, ref.name);
      return gateway ? { ref, gateway } : { ref };
    }),
    ...(gatewaysUnreadable && { gatewaysUnreadable }),
    routes: topology.route
      ? modelHttpRoutes(model, topology, source)
      : { routes: [], expected: [], referenced: false },
    ...(routesUnreadable && { routesUnreadable }),
    crd: crd => {
      let presence = crds.get(crd.name);
      if (!presence) {
        presence = crdPresence(source, crd, false);
        crds.set(crd.name, presence);
      }
      return presence;
    },
  };
}

/** The model's condition of a type. */
export function modelCondition(
  context: DiagnosisContext,
  type: string,
): ModelCondition | undefined {
  return context.conditions.find(c => c.type === type);
}

/** `Kind namespace/name` of an object, for `DiagnosisStep.object`. */
export function objectLabel(
  kind: string,
  namespace: string,
  name: string,
): string {
  return `${kind} ${namespace}/${name}`;
}
