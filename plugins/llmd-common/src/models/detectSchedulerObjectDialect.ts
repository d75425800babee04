import type { SchedulerEppDialect } from '../api';
import { DEFAULT_EPP_DIALECT } from '../epp/eppDialects';
import { schedulerFlagSpelling } from '../epp/schedulerFlagSpelling';
import { type KubeObjectLike, objectsAt, stringAt } from '../kube/kubeObject';
import { schedulerFactsOf } from './detectSchedulerEppDialect';
import {
  dialectOfScheduler,
  type SchedulerContainerFacts,
} from './dialectOfScheduler';

/**
 * The EPP container of a Deployment: the one named `main` (as KServe names it), else the first whose image is an
 * llm-d scheduler or whose arguments are EPP runner flags, else the only one.
 */
function eppContainerOf(deployment: unknown): SchedulerContainerFacts {
  const containers = objectsAt(
    deployment,
    'spec',
    'template',
    'spec',
    'containers',
  ).map(c => ({
    name: stringAt(c, 'name'),
    image: stringAt(c, 'image'),
    args: Array.isArray(c.args)
      ? c.args.filter((a): a is string => typeof a === 'string')
      : undefined,
  }));
  const chosen =
    containers.find(c => c.name === 'main') ??
    containers.find(
      c =>
        /llm-d-(inference-scheduler|router)/.test(c.image ?? '') ||
        schedulerFlagSpelling(c.args ?? []) !== undefined,
    ) ??
    (containers.length === 1 ? containers[0] : undefined);
  return {
    ...(chosen?.image && { image: chosen.image }),
    ...(chosen?.args && { args: chosen.args }),
  };
}

/**
 * The dialect of the scheduler a file describes — the EPP's Deployment, or an `LLMInferenceServiceConfig` /
 * `LLMInferenceService` with `spec.router.scheduler.template` (the controller's template, a model's override) — from
 * its image tag and flag spelling; assumed (the default dialect) when they name no known version.
 *
 * @public
 */
export function detectSchedulerObjectDialect(
  object: KubeObjectLike,
): SchedulerEppDialect {
  const facts =
    object.kind === 'Deployment'
      ? eppContainerOf(object)
      : schedulerFactsOf(object);
  const where = `Read ${object.kind} ${
    object.metadata.namespace ? `${object.metadata.namespace}/` : ''
  }${object.metadata.name}.`;
  const scheduler = {
    kind: object.kind ?? '',
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name,
    ...(facts.image && { image: facts.image }),
  };
  const detected = dialectOfScheduler(facts);
  if (detected) {
    return { ...detected, evidence: [where, ...detected.evidence], scheduler };
  }
  return {
    id: DEFAULT_EPP_DIALECT,
    source: 'assumed',
    summary: `${DEFAULT_EPP_DIALECT} — assumed (the scheduler names no known version)`,
    evidence: [
      where,
      facts.image || facts.args
        ? 'Its image tag and arguments name no known version.'
        : 'It has no scheduler container with an image or arguments.',
    ],
    scheduler,
  };
}
