import { parse, parseAllDocuments } from 'yaml';
import { EppPresetNotExpressibleError } from '../../epp/EppPresetNotExpressibleError';
import { lintEndpointPickerConfig } from '../../epp/lintEndpointPickerConfig';
import {
  parseRenderInput,
  type InputProblem,
  type ParsedRenderInput,
} from '../inputs/parseRenderInput';
import { DEFAULT_RENDER_TARGET, type RenderTarget } from '../renderTarget';
import { modelInputSchema, type ModelInput } from './modelInput';
import { effectiveRoutingPreset, modelServiceEppConfig } from './modelRouting';
import { vllmArgProblems } from './vllmAdditionalArgs';

// The lint's deployment checks that make a config wrong for this service's pools, not merely suspicious.
const POOL_MISMATCH_CODES = new Set([
  'pd-profile-without-prefill-pool',
  'prefill-pool-without-pd-profile',
]);

function tensorParallelProblems(input: ModelInput): InputProblem[] {
  const pools = [
    { path: 'tensorParallelSize', pool: input, gpus: 'gpusPerReplica' },
    {
      path: 'prefill.tensorParallelSize',
      pool: input.prefill,
      gpus: 'prefill.gpusPerReplica',
    },
  ];
  return pools.flatMap(({ path, pool, gpus }) =>
    pool?.tensorParallelSize !== undefined &&
    pool.tensorParallelSize !== pool.gpusPerReplica
      ? [
          {
            field: path,
            message: `must equal ${gpus} (${pool.gpusPerReplica}): the GPUs of one pod serve one tensor-parallel group`,
          },
        ]
      : [],
  );
}

function topologyProblems(input: ModelInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const preset = input.routing.preset;
  if (preset === 'prefill-decode' && !input.prefill) {
    problems.push({
      field: 'routing.preset',
      message:
        'prefill-decode needs prefill: a prefill pool to send prompts to',
    });
  }
  if (
    (preset === 'kv-cache-aware' || preset === 'precise-prefix') &&
    input.prefill
  ) {
    problems.push({
      field: 'routing.preset',
      message: `${preset} schedules one profile and would never use the prefill pool; use prefill-decode or custom with prefill`,
    });
  }
  if (input.roce && !input.prefill) {
    problems.push({
      field: 'roce',
      message:
        'needs prefill: RoCE carries the KV-cache transfer between prefill and decode pods',
    });
  }
  return problems;
}

function customConfigProblems(
  config: string,
  input: ModelInput,
  target: RenderTarget,
): InputProblem[] {
  // The EPP reads one document; newer API versions embed it as one object.
  if (parseAllDocuments(config).length > 1) {
    return [
      {
        field: 'routing.config',
        message: 'must be a single YAML document',
      },
    ];
  }
  try {
    // What the renderer does with it on API versions that embed the config as data.
    parse(config);
  } catch (error) {
    return [
      {
        field: 'routing.config',
        message: `is not readable YAML: ${(error as Error).message}`,
      },
    ];
  }
  const lint = lintEndpointPickerConfig(config, {
    dialect: target.eppDialect,
    // Only the pools matter here; the rendered scheduler arguments add nothing the lint needs.
    deployment: {
      llmInferenceService: { spec: input.prefill ? { prefill: {} } : {} },
      disconnected: false,
    },
  });
  return lint.diagnostics
    .filter(d => d.severity === 'error' || POOL_MISMATCH_CODES.has(d.code))
    .map(d => ({
      field: 'routing.config',
      message: `${d.code}: ${d.message}`,
    }));
}

function presetProblems(
  input: ModelInput,
  target: RenderTarget,
): InputProblem[] {
  try {
    modelServiceEppConfig(input, target);
    return [];
  } catch (error) {
    if (!(error instanceof EppPresetNotExpressibleError)) {
      // Not expected from the presets; reported rather than thrown, as parseModelInput promises.
      return [{ field: 'routing', message: String(error) }];
    }
    const preset = effectiveRoutingPreset(input);
    const implied =
      preset === input.routing.preset ? '' : ` (default with prefill)`;
    return [
      {
        field: 'routing.preset',
        message: `${preset}${implied} cannot be expressed in EPP dialect ${error.dialect}: ${error.reason}`,
      },
    ];
  }
}

function routingProblems(
  input: ModelInput,
  target: RenderTarget,
): InputProblem[] {
  return input.routing.preset === 'custom'
    ? customConfigProblems(input.routing.config, input, target)
    : presetProblems(input, target);
}

/**
 * The problems of a schema-valid model input that span fields or depend on the target: tensor parallelism vs GPUs,
 * vLLM flags the renderer generates, pools vs routing, and whether the routing loads in the target's EPP dialect.
 */
export function modelInputProblems(
  input: ModelInput,
  target: RenderTarget,
): InputProblem[] {
  const vllm = vllmArgProblems(input.vllmArgs, input.prefill !== undefined).map(
    p => ({ field: `vllmArgs.${p.index}`, message: p.message }),
  );
  const topology = topologyProblems(input);
  return [
    ...tensorParallelProblems(input),
    ...vllm,
    ...topology,
    // A routing that does not fit the pools is not worth compiling for the dialect.
    ...(topology.some(p => p.field === 'routing.preset')
      ? []
      : routingProblems(input, target)),
  ];
}

/**
 * Validates a model service input for a render target: the zod schema (defaults applied), then
 * `modelInputProblems`. Never throws; every problem names its field (`routing.config: …`). A value it
 * accepts renders with `renderModelService(value, target)` without error.
 *
 * @public
 */
export function parseModelInput(
  raw: unknown,
  target: RenderTarget = DEFAULT_RENDER_TARGET,
): ParsedRenderInput<ModelInput> {
  const parsed = parseRenderInput(modelInputSchema, raw);
  if (!parsed.success) return parsed;
  const problems = modelInputProblems(parsed.value, target);
  return problems.length > 0 ? { success: false, problems } : parsed;
}
