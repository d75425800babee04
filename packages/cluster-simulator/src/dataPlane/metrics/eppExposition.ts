import { DisaggDecision, EppModelCounts, EppPodState } from './EppPodState';
import { MetricFamily, MetricSample } from './exposition';

/** Which generation of EPP metric names a scheduler pod exposes (see `simulator.llmd.dev/epp-metric-names`). */
export type EppMetricNames = 'current' | 'legacy' | 'both';

type Labels = Record<string, string>;
type Models = Array<[string, EppModelCounts]>;

/** What an EPP family is computed from. */
interface EppContext {
  models: Models;
  poolName: string;
  readyEndpoints: number;
}

interface EppSpec {
  name: string;
  help: string;
  type: MetricFamily['type'];
  generation: 'current' | 'legacy';
  samples(context: EppContext, name: string): MetricSample[];
}

/** Labels of llm-d-router's request metrics (docs/metrics.md): no fairness or priority configured here. */
const request = (model: string): Labels => ({
  fairness_id: 'default-flow',
  model_name: model,
  priority: '0',
  target_model_name: model,
});
const legacyRequest = (model: string): Labels => ({
  model_name: model,
  priority: '0',
  target_model_name: model,
});
const modelPair = (model: string): Labels => ({
  model_name: model,
  target_model_name: model,
});
const DISAGG_PLUGIN = 'disagg-profile-handler';

function perModel(
  labelsOf: (model: string) => Labels,
  value: (counts: EppModelCounts) => number,
) {
  return ({ models }: EppContext, name: string): MetricSample[] =>
    models.map(([model, c]) => ({
      name,
      labels: labelsOf(model),
      value: value(c),
    }));
}

function errors(labelsOf: (model: string) => Labels) {
  return ({ models }: EppContext, name: string): MetricSample[] =>
    models.flatMap(([model, c]) =>
      Object.entries(c.errors).map(([code, value]) => ({
        name,
        labels: { ...labelsOf(model), error_code: code },
        value,
      })),
    );
}

function decisions(labelsOf: (model: string, decision: string) => Labels) {
  return ({ models }: EppContext, name: string): MetricSample[] =>
    models.flatMap(([model, c]) =>
      (Object.entries(c.decisions) as Array<[DisaggDecision, number]>).map(
        ([decision, value]) => ({
          name,
          labels: labelsOf(model, decision),
          value,
        }),
      ),
    );
}

function durations(labelsOf: (model: string) => Labels) {
  return ({ models }: EppContext, name: string): MetricSample[] =>
    models.flatMap(([model, c]) =>
      c.duration.samples(name, labelsOf(model), 'go'),
    );
}

const pool = ({ poolName, readyEndpoints }: EppContext, name: string) => [
  { name, labels: { name: poolName }, value: readyEndpoints },
];

const deprecated = (canonical: string, help: string) =>
  `[ALPHA] [Deprecated: Use ${canonical}] ${help}`;

/** The EPP families, with the help texts of the vendored real scrape. */
const SPECS: EppSpec[] = [
  {
    name: 'llm_d_epp_info',
    help: '[ALPHA] General information of the current build of Inference Extension.',
    type: 'gauge',
    generation: 'current',
    samples: (_, name) => [
      { name, labels: { build_ref: '', commit: 'simulated' }, value: 1 },
    ],
  },
  {
    name: 'llm_d_epp_ready_endpoints',
    help: '[ALPHA] The number of ready endpoints in the inference server pool.',
    type: 'gauge',
    generation: 'current',
    samples: pool,
  },
  {
    name: 'llm_d_epp_request_total',
    help: '[ALPHA] Total number of processed requests.',
    type: 'counter',
    generation: 'current',
    samples: perModel(request, c => c.requests),
  },
  {
    name: 'llm_d_epp_request_error_total',
    help: '[ALPHA] Total number of requests that resulted in errors.',
    type: 'counter',
    generation: 'current',
    samples: errors(request),
  },
  {
    name: 'llm_d_epp_request_running',
    help: '[ALPHA] Current number of active running requests.',
    type: 'gauge',
    generation: 'current',
    samples: perModel(request, c => c.running),
  },
  {
    name: 'llm_d_epp_request_duration_seconds',
    help: '[ALPHA] End-to-end request latency distribution in seconds.',
    type: 'histogram',
    generation: 'current',
    samples: durations(request),
  },
  {
    name: 'llm_d_epp_disagg_decision_total',
    help: '[ALPHA] Total number of disaggregation routing decisions made',
    type: 'counter',
    generation: 'current',
    samples: decisions((model, decision) => ({
      decision_type: decision,
      model_name: model,
      plugin_name: DISAGG_PLUGIN,
      plugin_type: DISAGG_PLUGIN,
    })),
  },
  {
    name: 'inference_pool_ready_pods',
    help: deprecated(
      'llm_d_epp_ready_endpoints',
      'The number of ready pods in the inference server pool.',
    ),
    type: 'gauge',
    generation: 'legacy',
    samples: pool,
  },
  {
    name: 'inference_objective_request_total',
    help: deprecated(
      'llm_d_epp_request_total',
      'Counter of inference objective requests broken out for each model and target model.',
    ),
    type: 'counter',
    generation: 'legacy',
    samples: perModel(legacyRequest, c => c.requests),
  },
  {
    name: 'inference_objective_request_error_total',
    help: deprecated(
      'llm_d_epp_request_error_total',
      'Counter of inference objective requests errors broken out for each model and target model.',
    ),
    type: 'counter',
    generation: 'legacy',
    samples: errors(modelPair),
  },
  {
    name: 'inference_objective_running_requests',
    help: deprecated(
      'llm_d_epp_running_requests',
      'Inference objective number of running requests in each model.',
    ),
    type: 'gauge',
    generation: 'legacy',
    samples: perModel(
      model => ({ model_name: model }),
      c => c.running,
    ),
  },
  {
    name: 'inference_objective_request_duration_seconds',
    help: deprecated(
      'llm_d_epp_request_duration_seconds',
      'Inference objective response latency distribution in seconds for each model and target model.',
    ),
    type: 'histogram',
    generation: 'legacy',
    samples: durations(modelPair),
  },
  {
    name: 'llm_d_inference_scheduler_disagg_decision_total',
    help: deprecated(
      'llm_d_epp_disagg_decision_total',
      'Total number of disaggregation routing decisions made',
    ),
    type: 'counter',
    generation: 'legacy',
    samples: decisions((model, decision) => ({
      decision_type: decision,
      model_name: model,
    })),
  },
];

/**
 * What a simulated scheduler (EPP) pod serves on `/metrics`: request, error and duration series per model name,
 * the pool's ready endpoints and, for P/D models, the disaggregation decisions, with the names, labels and buckets
 * of the vendored real scrape (llm-d-router ≥ v0.10 names and/or their legacy GIE twins). As client_golang does, a
 * family without samples is left out (error counters appear with the first error) and families are sorted by name.
 */
export function eppFamilies(
  state: EppPodState,
  poolName: string,
  readyEndpoints: number,
  names: EppMetricNames,
): MetricFamily[] {
  const context = { models: [...state.byModel], poolName, readyEndpoints };
  return SPECS.filter(spec => names === 'both' || spec.generation === names)
    .map(spec => ({
      name: spec.name,
      help: spec.help,
      type: spec.type,
      samples: spec.samples(context, spec.name),
    }))
    .filter(family => family.samples.length)
    .sort((a, b) => (a.name < b.name ? -1 : 1)); // byte order, as Go sorts
}
