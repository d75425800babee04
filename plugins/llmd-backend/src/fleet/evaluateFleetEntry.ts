import {
  gatewayRefsOf,
  isSchedulerEppDialectCertain,
  type KubeObjectLike,
  modelEntityRef,
  resolveModelEppWithDialect,
  type SchedulerEppDialect,
  summarizeModel,
  summarizeReachability,
} from '@llmd/plugin-llmd-common';
import {
  eppConfigLookupFor,
  type KubeObject,
  type LlmdClusterCache,
} from '@llmd/plugin-llmd-node';
import {
  countFindings,
  type FleetGovernance,
} from '../governance/FleetGovernance';
import type { ModelProber } from '../reachability/ModelProber';
import { modelDiagnoser } from '../reachability/modelDiagnoser';
import type { FleetEntry, FleetEntryKind } from './fleetEntry';
import { objectKey } from './fleetKeys';

/** What one evaluation needs besides the object. */
export interface FleetEntryContext {
  /** The cache, through the recorder of the entry's reads. */
  readonly cache: LlmdClusterCache;
  readonly cluster: string;
  readonly stale: boolean;
  readonly clusterEppDialect: SchedulerEppDialect;
  readonly governance?: FleetGovernance;
  readonly prober: ModelProber;
}

/**
 * Evaluates one model (summary with EPP analysis, policy finding counts and reachability verdict, as the fleet
 * list shows it) or one Gateway (policy findings), reading the cache only.
 */
export function evaluateFleetEntry(
  context: FleetEntryContext,
  kind: FleetEntryKind,
  object: KubeObject,
): FleetEntry {
  const { cache, cluster, stale, governance } = context;
  const namespace = object.metadata.namespace ?? '';
  const name = object.metadata.name;
  const base = {
    key: objectKey(cluster, kind, namespace, name),
    cluster,
    kind,
    namespace,
    name,
  };
  if (kind === 'Gateway') {
    const dialect = context.clusterEppDialect;
    const findings = governance?.findingsOf(object, {
      eppDialect: dialect.id,
      eppDialectUncertain: !isSchedulerEppDialectCertain(dialect),
    });
    return { ...base, ...governanceOf(base, object, stale, findings) };
  }
  // resolved once for the summary (preset, lint counts) and the policy, with the model's scheduler dialect
  const lookup = eppConfigLookupFor(cache, cluster);
  const { epp, eppDialect } = resolveModelEppWithDialect(object, {
    lookup,
    clusterEppDialect: context.clusterEppDialect,
  });
  const findings = governance?.findingsOf(object, {
    eppDialect: eppDialect.id,
    eppDialectUncertain: !isSchedulerEppDialectCertain(eppDialect),
    epp,
  });
  const probe = context.prober.enabled(cluster)
    ? context.prober.cached({ cluster, namespace, name })
    : undefined;
  const summary = {
    ...summarizeModel({
      cluster,
      llmInferenceService: object,
      // only the Gateways it names: the entry then depends on those, not on every Gateway of the cluster
      gateways: gatewayRefsOf(object)
        .flatMap(
          ref => cache.get(cluster, 'Gateway', ref.namespace, ref.name) ?? [],
        )
        .map(c => c.object),
      stale,
      epp,
      ...(findings && { findings: countFindings(findings) }),
    }),
    reachability: summarizeReachability(
      modelDiagnoser(cache, context.prober, cluster)(object, probe),
    ),
  };
  return {
    ...base,
    summary,
    ...governanceOf(base, object, stale, findings),
    ...(probe && { probe }),
  };
}

function governanceOf(
  entry: {
    cluster: string;
    kind: FleetEntryKind;
    namespace: string;
    name: string;
  },
  object: KubeObjectLike,
  stale: boolean,
  findings: ReturnType<FleetGovernance['findingsOf']>,
): Pick<FleetEntry, 'governance'> {
  if (!findings?.length) return {};
  const namespace = object.metadata.namespace;
  return {
    governance: {
      cluster: entry.cluster,
      apiVersion: object.apiVersion ?? '',
      kind: entry.kind,
      ...(namespace !== undefined && { namespace }),
      name: entry.name,
      ...(entry.kind === 'LLMInferenceService' && {
        entityRef: modelEntityRef(entry.namespace, entry.name),
      }),
      stale,
      findings,
    },
  };
}
