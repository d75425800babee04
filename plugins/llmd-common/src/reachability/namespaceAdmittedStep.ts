import type { DiagnosisStep } from '../api';
import { isPlainObject } from '../kube/isPlainObject';
import {
  type KubeObjectLike,
  objectsAt,
  stringAt,
  valueAt,
} from '../kube/kubeObject';
import {
  type DiagnosisContext,
  objectLabel,
  type ResolvedGateway,
} from './diagnosisContext';
import { kindUnreadable } from './kindReadability';
import {
  type ListenerAdmission,
  listenerAdmissions,
} from './listenerAdmission';

/** The labels of the model's Namespace; undefined when Namespaces may not be read. */
function namespaceLabels(
  context: DiagnosisContext,
): Record<string, string> | undefined {
  if (kindUnreadable(context.source, 'Namespace')) return undefined;
  return {
    ...context.source.get('Namespace', '', context.namespace)?.metadata.labels,
  };
}

/** The fix that admits the namespace, from the listener's own rule. */
function admitFix(
  context: DiagnosisContext,
  gateway: KubeObjectLike,
  listener: string,
): string {
  const spec = objectsAt(gateway, 'spec', 'listeners').find(
    l => l.name === listener,
  );
  const from = stringAt(spec, 'allowedRoutes', 'namespaces', 'from') ?? 'Same';
  const where = `listener ${listener} of Gateway ${gateway.metadata.namespace}/${gateway.metadata.name}`;
  const matchLabels = valueAt(
    spec,
    'allowedRoutes',
    'namespaces',
    'selector',
    'matchLabels',
  );
  if (from === 'Selector' && isPlainObject(matchLabels)) {
    const labels = Object.entries(matchLabels)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
    return `label namespace ${context.namespace} so the ${where} admits it: kubectl label namespace ${context.namespace} ${labels}`;
  }
  if (from === 'Same') {
    return `the ${where} admits only routes from namespace ${gateway.metadata.namespace}: attach the model to a Gateway of namespace ${context.namespace}, or have the platform team widen allowedRoutes`;
  }
  return `label namespace ${context.namespace} to match the allowedRoutes.namespaces of the ${where}, or have the platform team widen it`;
}

/** The verdict of one Gateway's listeners, as a step outcome (undefined when admitted). */
function gatewayAdmission(
  context: DiagnosisContext,
  g: ResolvedGateway & { gateway: KubeObjectLike },
  labels: () => Record<string, string> | undefined,
): Omit<DiagnosisStep, 'id'> | undefined {
  const object = objectLabel('Gateway', g.ref.namespace, g.ref.name);
  const needsLabels = objectsAt(g.gateway, 'spec', 'listeners').some(
    l => stringAt(l, 'allowedRoutes', 'namespaces', 'from') === 'Selector',
  );
  const admissions: ListenerAdmission[] = listenerAdmissions(
    g.gateway,
    context.namespace,
    needsLabels ? labels() : {},
    g.ref.sectionName,
  );
  if (admissions.length === 0) {
    return {
      status: 'fail',
      object,
      message: g.ref.sectionName
        ? `${object} has no listener ${g.ref.sectionName}`
        : `${object} has no listener`,
      fix: `correct sectionName in spec.router.gateway.refs, or add the listener to ${object}`,
    };
  }
  if (admissions.some(a => a.admitted === true)) return undefined;
  if (admissions.some(a => a.admitted === 'unknown')) {
    const why = kindUnreadable(context.source, 'Namespace');
    return {
      status: 'unknown',
      object,
      message: `cannot tell whether ${object} admits namespace ${
        context.namespace
      } (${admissions[0].rule}): ${why?.message ?? 'its labels are unknown'}`,
      ...(why?.fix && { fix: why.fix }),
    };
  }
  const rules = admissions.map(a => `${a.listener} (${a.rule})`).join(', ');
  return {
    status: 'fail',
    object,
    message: `${object} does not admit routes from namespace ${context.namespace}: listener ${rules}`,
    fix: admitFix(context, g.gateway, admissions[0].listener),
  };
}

/** `namespace-admitted`: the listener(s) the model's route attaches to admit the model's namespace. */
export function namespaceAdmittedStep(
  context: DiagnosisContext,
): DiagnosisStep {
  const id = 'namespace-admitted';
  if (context.gateways.length === 0) {
    return {
      id,
      status: 'skip',
      message: 'no Gateway: nothing to be admitted to',
    };
  }
  if (context.gatewaysUnreadable)
    return { id, status: 'unknown', ...context.gatewaysUnreadable };
  let cached: { labels?: Record<string, string> } | undefined;
  const labels = () => (cached ??= { labels: namespaceLabels(context) }).labels;
  const existing = context.gateways.filter(
    (g): g is ResolvedGateway & { gateway: KubeObjectLike } =>
      Boolean(g.gateway),
  );
  if (existing.length === 0)
    return { id, status: 'skip', message: 'no Gateway to admit the namespace' };
  const issue = existing
    .map(g => gatewayAdmission(context, g, labels))
    .find(Boolean);
  if (issue) return { id, ...issue };
  return {
    id,
    status: 'ok',
    object: objectLabel(
      'Gateway',
      existing[0].ref.namespace,
      existing[0].ref.name,
    ),
    message: `namespace ${context.namespace} admitted by ${existing
      .map(g => `${g.ref.namespace}/${g.ref.name}`)
      .join(', ')}`,
  };
}
