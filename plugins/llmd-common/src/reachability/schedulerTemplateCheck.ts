import type { PreflightCheck } from '../api';
import {
  CONTROLLER_NAMESPACES,
  SCHEDULER_TEMPLATE_CONFIG,
} from '../models/detectSchedulerEppDialect';
import { kindUnreadable } from './kindReadability';
import { type PreflightContext, unknownCheck } from './preflightContext';

/**
 * `scheduler-template`: the controller's scheduler template, LLMInferenceServiceConfig `kserve-config-llm-scheduler`
 * in its namespace (found the way the EPP dialect detection finds it). Without it, models with a scheduler fail
 * PresetsCombined (ConfigNotFound).
 */
export function schedulerTemplateCheck(
  context: PreflightContext,
): PreflightCheck {
  const id = 'scheduler-template';
  const namespaces = context.systemNamespaces ?? CONTROLLER_NAMESPACES;
  const template = namespaces
    .map(ns =>
      context.source.get(
        'LLMInferenceServiceConfig',
        ns,
        SCHEDULER_TEMPLATE_CONFIG,
      ),
    )
    .find(Boolean);
  if (template) {
    return {
      id,
      status: 'ok',
      message: `LLMInferenceServiceConfig ${template.metadata.namespace}/${template.metadata.name} found`,
    };
  }
  const unreadable = kindUnreadable(
    context.source,
    'LLMInferenceServiceConfig',
  );
  if (unreadable) return unknownCheck(id, unreadable);
  return {
    id,
    status: 'fail',
    message: `no LLMInferenceServiceConfig ${SCHEDULER_TEMPLATE_CONFIG} in ${namespaces.join(
      ', ',
    )}: models with a scheduler fail PresetsCombined (ConfigNotFound)`,
    fix: `restore the KServe controller's well-known configs (LLMInferenceServiceConfig ${SCHEDULER_TEMPLATE_CONFIG} in the controller's namespace; OpenShift AI: redhat-ods-applications, reconciled by the operator)`,
  };
}
