import fs from 'node:fs';
import { parseAllDocuments } from 'yaml';
// Test-only: this helper never ships in the library, so a node-only import is fine.
import { vendorPath } from '@internal/test-support';
import type { KubeObjectLike } from '../kube/kubeObject';

/*
 * Test-only access to the KServe samples and EPP configs vendored in the repository (vendor/kserve, vendor/epp; see
 * vendor/PROVENANCE.tsv).
 */

/** Reads the documents of a YAML file under vendor/<relative>. */
export function readReferenceObjects(relative: string): KubeObjectLike[] {
  const text = fs.readFileSync(vendorPath(relative), 'utf8');
  return parseAllDocuments(text)
    .map(doc => doc.toJS())
    .filter(Boolean);
}

/** The single object of a KServe sample under vendor/kserve, placed in a namespace. */
export function kserveSample(
  relative: string,
  namespace = 'team-a',
): KubeObjectLike {
  const [object] = readReferenceObjects(`kserve/${relative}`);
  return {
    ...object,
    metadata: { ...object.metadata, namespace },
  };
}

/** Reads an EPP config text under vendor/epp. */
export function eppReferenceText(relative: string): string {
  return fs.readFileSync(vendorPath('epp', relative), 'utf8');
}

/** The v0.16 P/D sample with `--config-text` (prefill 2 replicas, decode 1). */
export const PD_SAMPLE =
  'upstream-v0.16.0/docs/samples/llmisvc/single-node-gpu/llm-inference-service-pd-qwen2-7b-gpu.yaml';

/** The v0.16 single-node sample without EPP config (controller default). */
export const SINGLE_NODE_SAMPLE =
  'upstream-v0.16.0/docs/samples/llmisvc/single-node-gpu/llm-inference-service-qwen2-7b-gpu.yaml';

/** The v0.16 multi-node data/expert parallel sample. */
export const DP_EP_SAMPLE =
  'upstream-v0.16.0/docs/samples/llmisvc/dp-ep/deepseek-r1-gpu-rdma-roce/llm-inference-service-dp-ep-deepseek-r1-gpu-naive.yaml';

/** The v0.16 sample without a scheduler. */
export const NO_SCHEDULER_SAMPLE =
  'upstream-v0.16.0/docs/samples/llmisvc/opt-125m-cpu/llm-inference-service-facebook-opt-125m-cpu-no-scheduler.yaml';

/** The v1alpha2 sample with a `baseRefs` entry. */
export const BASE_REF_SAMPLE =
  'upstream-HEAD/docs/samples/llmisvc/e2e-gpt-oss/inference_default.yaml';

/** The v0.16 scheduler preset (arguments without `--config-text`). */
export const SCHEDULER_PRESET =
  'upstream-v0.16.0/config/llmisvcconfig/config-llm-scheduler.yaml';
