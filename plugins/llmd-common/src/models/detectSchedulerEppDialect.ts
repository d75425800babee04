import type { SchedulerEppDialect } from '../api';
import {
  DEFAULT_EPP_DIALECT,
  type EppDialectId,
  isEppDialectId,
} from '../epp/eppDialects';
import { mainSchedulerContainer } from '../epp/llmInferenceServiceScheduler';
import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';
import {
  dialectOfScheduler,
  type SchedulerContainerFacts,
} from './dialectOfScheduler';
import type { EppConfigLookup } from './resolveModelEppConfig';

/** The controller's well-known scheduler template (`kserve-` prefix + `config-llm-scheduler`). */
export const SCHEDULER_TEMPLATE_CONFIG = 'kserve-config-llm-scheduler';

/** Namespaces the KServe controller runs in (upstream, Open Data Hub, OpenShift AI): where its templates live. */
export const CONTROLLER_NAMESPACES: readonly string[] = [
  'redhat-ods-applications',
  'opendatahub',
  'kserve',
];

/**
 * Options of {@link detectClusterEppDialect}.
 *
 * @public
 */
export interface DetectClusterEppDialectOptions {
  readonly lookup: Pick<EppConfigLookup, 'llmInferenceServiceConfig'>;
  /** Where the controller's templates live; `CONTROLLER_NAMESPACES` when absent. */
  readonly systemNamespaces?: readonly string[];
  /** `llmd.clusters[].defaults.eppDialect` when the configuration sets it (it wins). */
  readonly configured?: string;
}

/** The image and string arguments of scheduler container `main` of an object; undefined parts when unset. */
export function schedulerFactsOf(object: unknown): SchedulerContainerFacts {
  const main = mainSchedulerContainer(object);
  const args = Array.isArray(main?.args)
    ? main!.args.filter((a): a is string => typeof a === 'string')
    : undefined;
  const image = stringAt(main, 'image');
  return { ...(image && { image }), ...(args && { args }) };
}

/** The controller's scheduler template (LLMInferenceServiceConfig) in the first system namespace that has it. */
function findSchedulerTemplate(
  options: Omit<DetectClusterEppDialectOptions, 'configured'>,
): KubeObjectLike | undefined {
  return (options.systemNamespaces ?? CONTROLLER_NAMESPACES)
    .map(ns =>
      options.lookup.llmInferenceServiceConfig(ns, SCHEDULER_TEMPLATE_CONFIG),
    )
    .find(Boolean);
}

function refOf(object: KubeObjectLike, image?: string) {
  return {
    kind: object.kind ?? '',
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name,
    ...(image && { image }),
  };
}

/**
 * The dialect of a cluster's scheduler: `llmd.clusters[].defaults.eppDialect` when configured, else what the
 * controller's scheduler template (image tag, flag spelling) shows, else {@link DEFAULT_EPP_DIALECT}, assumed. The
 * evidence of the template is reported in every case, so a configured dialect that contradicts it shows.
 *
 * @public
 */
export function detectClusterEppDialect(
  options: DetectClusterEppDialectOptions,
): SchedulerEppDialect {
  const template = findSchedulerTemplate(options);
  const facts = template ? schedulerFactsOf(template) : {};
  const detected = template ? dialectOfScheduler(facts) : undefined;
  const where = template
    ? `Read LLMInferenceServiceConfig ${template.metadata.namespace}/${template.metadata.name}.`
    : `No LLMInferenceServiceConfig ${SCHEDULER_TEMPLATE_CONFIG} in ${(
        options.systemNamespaces ?? CONTROLLER_NAMESPACES
      ).join(', ')}.`;
  const base = {
    ...(template && { scheduler: refOf(template, facts.image) }),
    ...(detected?.conflict && { conflict: detected.conflict }),
  };
  if (isEppDialectId(options.configured)) {
    const agrees = detected && detected.id === options.configured;
    return {
      id: options.configured,
      source: 'configured',
      summary: `${options.configured} — configured (llmd.clusters[].defaults.eppDialect)`,
      evidence: [
        'Set by llmd.clusters[].defaults.eppDialect (or llmd.defaults.eppDialect); the configuration wins over detection.',
        where,
        ...(detected && !agrees
          ? [`The template alone would give ${detected.summary}.`]
          : []),
        ...(detected?.evidence ?? []),
      ],
      ...base,
    };
  }
  if (detected) {
    return { ...detected, evidence: [where, ...detected.evidence], ...base };
  }
  return assumed(DEFAULT_EPP_DIALECT, [
    where,
    ...(template
      ? ['Its scheduler image and arguments name no known version.']
      : []),
  ]);
}

function assumed(id: EppDialectId, evidence: string[]): SchedulerEppDialect {
  return {
    id,
    source: 'assumed',
    summary: `${id} — assumed (nothing configured or detected)`,
    evidence: [
      ...evidence,
      'Set llmd.clusters[].defaults.eppDialect to state the scheduler version.',
    ],
  };
}

/**
 * Options of {@link detectModelEppDialect}.
 *
 * @public
 */
export interface DetectModelEppDialectOptions
  extends Omit<DetectClusterEppDialectOptions, 'configured'> {
  /** The cluster's dialect ({@link detectClusterEppDialect}). */
  readonly cluster: SchedulerEppDialect;
}

/** The model and its base configs (`spec.baseRefs`, later ones first), the layers that override the template. */
function ownLayers(
  llmisvc: KubeObjectLike,
  options: DetectModelEppDialectOptions,
): KubeObjectLike[] {
  const namespace = llmisvc.metadata.namespace ?? '';
  const namespaces = [
    namespace,
    ...(options.systemNamespaces ?? CONTROLLER_NAMESPACES),
  ];
  const baseRefs = objectsAt(llmisvc, 'spec', 'baseRefs')
    .flatMap(r => stringAt(r, 'name') ?? [])
    .reverse()
    .flatMap(
      name =>
        namespaces
          .map(ns => options.lookup.llmInferenceServiceConfig(ns, name))
          .find(Boolean) ?? [],
    );
  return [llmisvc, ...baseRefs];
}

/**
 * The dialect of one model's scheduler. A model (or a base config) that sets its own scheduler image runs what that
 * image and the arguments say — the cluster's setting describes the controller's template, not that image — with
 * the template filling in the part the model leaves out (strategic merge keeps the template's image or arguments).
 * Own arguments alone count unless the cluster's dialect is configured. Otherwise the cluster's dialect.
 *
 * @public
 */
export function detectModelEppDialect(
  llmisvc: KubeObjectLike,
  options: DetectModelEppDialectOptions,
): SchedulerEppDialect {
  const layers = ownLayers(llmisvc, options).map(object => ({
    object,
    facts: schedulerFactsOf(object),
  }));
  const withImage = layers.find(l => l.facts.image);
  const withArgs = layers.find(l => l.facts.args);
  // own arguments alone run on the cluster's binary, which a configured dialect describes
  const configured = options.cluster.source === 'configured';
  if (!withImage && (!withArgs || configured)) return options.cluster;
  const template = findSchedulerTemplate(options);
  const fromTemplate = template ? schedulerFactsOf(template) : {};
  const image = withImage?.facts.image ?? fromTemplate.image;
  const args = withArgs?.facts.args ?? fromTemplate.args;
  const own = (withImage ?? withArgs)!.object;
  const detected = dialectOfScheduler({ image, args });
  const what = [withImage && 'image', withArgs && 'arguments']
    .filter(Boolean)
    .join(' and ');
  const where = `${own.kind} ${own.metadata.namespace}/${own.metadata.name} sets its own scheduler ${what}.`;
  if (!detected) {
    return {
      ...options.cluster,
      evidence: [
        where,
        'They name no known version, so the cluster’s dialect applies.',
        ...options.cluster.evidence,
      ],
    };
  }
  return {
    ...detected,
    evidence: [where, ...detected.evidence],
    scheduler: refOf(own, image),
  };
}
