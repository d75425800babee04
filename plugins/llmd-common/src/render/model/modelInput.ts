import { z } from 'zod';
import { entityRef } from '../inputs/inputFields';
import { dnsLabel, dnsSubdomain } from '../../kube/dnsNames';
import {
  boundedInteger,
  extendedResourceName,
  gpuCount,
  modelUri,
  networkAttachments,
  replicaCount,
  safeText,
  servedModelName,
} from './modelInputFields';
import { modelRoutingInputSchema } from './modelRoutingInput';
import { startupProbeInputSchema } from './startupProbe';
import { tolerationsInputSchema } from './tolerations';

const tensorParallelSize = boundedInteger(1, 16);

/**
 * Input of the model service renderer: one KServe LLMInferenceService with its client identity. Field by field
 * validation only; rules across fields and the render target are checked by `parseModelInput`.
 *
 * @public
 */
export const modelInputSchema = z
  .object({
    /** Name of the LLMInferenceService (DNS-1123 label); also the URL path segment after the namespace. */
    name: dnsLabel,
    /** Tenant namespace the service runs in. */
    namespace: dnsLabel,
    /** Name shown in the OpenShift AI dashboard; defaults to `name`. */
    displayName: safeText(253).optional(),
    /** Owning Backstage entity, e.g. `group:default/team-a` (annotation `backstage.io/owner`). */
    owner: entityRef,
    /** The model to serve. */
    model: z
      .object({
        /** `oci://` (modelcar image), `hf://`, `pvc://` or `s3://`. */
        uri: modelUri,
        /** Served model name clients send in requests; the controller defaults it to `name`. */
        name: servedModelName.optional(),
      })
      .strict(),
    /** Replicas of the (decode) pool. */
    replicas: replicaCount.default(1),
    /** `nvidia.com/gpu` of each (decode) pod, as requests and limits. */
    gpusPerReplica: gpuCount.default(1),
    /** Tensor-parallel size; defaults to `gpusPerReplica` and, if given, must equal it (one pod = one TP group). */
    tensorParallelSize: tensorParallelSize.optional(),
    /** vLLM `--max-model-len`: the longest context served. */
    maxModelLen: boundedInteger(1, 100_000_000).optional(),
    /** Further vLLM flags, one argument per item (`--max-num-seqs=64` or `--max-num-seqs`, `64`). */
    vllmArgs: z
      .array(safeText(4096))
      .max(64, 'must have at most 64 entries')
      .default([]),
    /** Start-up probe of the model server; absent keeps the serving template's (about 10 minutes). */
    startupProbe: startupProbeInputSchema.optional(),
    /** Gateway the HTTPRoute attaches to (`router.gateway.refs`); absent uses the platform's default gateway. */
    gateway: z
      .object({
        /** Gateway name. */
        name: dnsLabel,
        /** Gateway namespace. */
        namespace: dnsLabel,
      })
      .strict()
      .optional(),
    /** Whether the gateway demands a Kubernetes token (annotation `security.opendatahub.io/enable-auth`). */
    auth: z
      .object({
        /** Written explicitly either way: an absent annotation means "on" and fails without Connectivity Link. */
        enabled: z
          .boolean({ invalid_type_error: 'must be true or false' })
          .default(true),
      })
      .strict()
      .default({}),
    /** EPP routing; see `modelRoutingInputSchema`. */
    routing: modelRoutingInputSchema.default({ preset: 'default' }),
    /** Prefill pool: enables prefill/decode disaggregation (NIXL KV transfer, block size 128). */
    prefill: z
      .object({
        /** Replicas of the prefill pool. */
        replicas: replicaCount.default(1),
        /** `nvidia.com/gpu` of each prefill pod. */
        gpusPerReplica: gpuCount.default(1),
        /** Tensor-parallel size of the prefill pods; defaults to and must equal `prefill.gpusPerReplica`. */
        tensorParallelSize: tensorParallelSize.optional(),
      })
      .strict()
      .optional(),
    /** RDMA over Converged Ethernet for the KV transfer between prefill and decode pods (needs `prefill`). */
    roce: z
      .object({
        /** Multus NetworkAttachmentDefinition(s), annotation `k8s.v1.cni.cncf.io/networks`. */
        networks: networkAttachments,
        /** Extended resource of the RDMA device, one per pod. */
        rdmaResource: extendedResourceName.default('rdma/roce_gdr'),
      })
      .strict()
      .optional(),
    /** `default` (tolerate the `nvidia.com/gpu` NoSchedule taint) or a list of tolerations for both pools. */
    tolerations: tolerationsInputSchema,
    /** OpenShift AI dashboard annotations. */
    dashboard: z
      .object({
        /** Hardware profile the dashboard shows the service with. */
        hardwareProfileName: dnsSubdomain,
        /** Namespace of the hardware profile. */
        hardwareProfileNamespace: dnsLabel.default('redhat-ods-applications'),
        /** Data connection (Secret) of the model, annotation `opendatahub.io/connections`. */
        connection: dnsSubdomain.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * A model service input after parsing (defaults applied).
 *
 * @public
 */
export type ModelInput = z.output<typeof modelInputSchema>;

/** A model service input as written by a user or a template (defaults not yet applied). */
export type ModelInputRaw = z.input<typeof modelInputSchema>;
