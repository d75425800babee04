import type { RenderTarget } from '../renderTarget';
import type { ModelInput } from './modelInput';
import {
  modelServerPort,
  startupProbe,
  startupProbeTiming,
} from './startupProbe';
import { podTolerations } from './tolerations';
import { vllmAdditionalArgs } from './vllmAdditionalArgs';

/** The model server container every serving template defines; ours is merged into it by name. */
const MODEL_MAIN_CONTAINER = 'main';

/** The GPU extended resource of the NVIDIA device plugin. */
const GPU_RESOURCE = 'nvidia.com/gpu';

/** Which pool a pod template is for: `decode` is `spec.template` (the only pool without P/D). */
export type ModelPool = 'decode' | 'prefill';

type EnvVar = { name: string; value?: string; valueFrom?: unknown };

function poolSize(input: ModelInput, pool: ModelPool) {
  const source = pool === 'prefill' && input.prefill ? input.prefill : input;
  return {
    gpus: source.gpusPerReplica,
    // One pod's GPUs serve one tensor-parallel group (checked by parseModelInput).
    tensorParallelSize: source.tensorParallelSize ?? source.gpusPerReplica,
  };
}

function containerEnv(input: ModelInput, pool: ModelPool): EnvVar[] {
  const disaggregated = input.prefill !== undefined;
  const args = vllmAdditionalArgs({
    maxModelLen: input.maxModelLen,
    tensorParallelSize: poolSize(input, pool).tensorParallelSize,
    disaggregated,
    extraArgs: input.vllmArgs,
  });
  const env: EnvVar[] = [
    ...(args !== undefined
      ? [{ name: 'VLLM_ADDITIONAL_ARGS', value: args }]
      : []),
    // NIXL's side channel must advertise an address the other pool can reach: the pod IP.
    ...(disaggregated
      ? [
          {
            name: 'VLLM_NIXL_SIDE_CHANNEL_HOST',
            valueFrom: { fieldRef: { fieldPath: 'status.podIP' } },
          },
        ]
      : []),
    ...(input.roce
      ? [
          // The serving script then finds the active RoCE HCAs and GID index for NCCL, NVSHMEM and UCX.
          { name: 'KSERVE_INFER_ROCE', value: 'true' },
          // UCX logs the transport it picked, the way to confirm KV transfer runs over RDMA and not TCP.
          { name: 'UCX_PROTO_INFO', value: 'y' },
        ]
      : []),
  ];
  // Sorted, as in the guide's examples: stable diffs whatever is switched on.
  return env.sort((a, b) => (a.name < b.name ? -1 : 1));
}

function containerResources(input: ModelInput, pool: ModelPool) {
  const quantities: Record<string, string> = {
    [GPU_RESOURCE]: String(poolSize(input, pool).gpus),
    ...(input.roce && { [input.roce.rdmaResource]: '1' }),
  };
  // Requests = limits: extended resources cannot be overcommitted anyway, and the guide writes both.
  return { requests: { ...quantities }, limits: { ...quantities } };
}

/** The pod template (PodSpec) of one pool: container `main` with vLLM flags, GPUs, probe, plus tolerations. */
export function modelPodTemplate(
  input: ModelInput,
  target: RenderTarget,
  pool: ModelPool,
): Record<string, unknown> {
  const env = containerEnv(input, pool);
  const decodeWithPrefill = pool === 'decode' && input.prefill !== undefined;
  const container = {
    name: MODEL_MAIN_CONTAINER,
    ...(env.length > 0 && { env }),
    resources: containerResources(input, pool),
    ...(input.startupProbe && {
      startupProbe: startupProbe(
        startupProbeTiming(input.startupProbe),
        target,
        modelServerPort(decodeWithPrefill),
      ),
    }),
  };
  const tolerations = podTolerations(input.tolerations);
  return {
    ...(tolerations.length > 0 && { tolerations }),
    containers: [container],
  };
}
