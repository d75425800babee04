import { z } from 'zod';

/*
 * Field types of the model service input. The KServe controller runs the whole merged LLMInferenceService (metadata
 * included) through Go's text/template before using it, so free text must not contain `{{`: a stray action either
 * fails the reconcile (missingkey=error) or expands to controller data.
 */

const GO_TEMPLATE_MESSAGE =
  'must not contain {{ (the KServe controller expands Go templates in the LLMInferenceService)';

function goTemplateSafeText(maxLength: number, controlCharacters: RegExp) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(maxLength, `must be at most ${maxLength} characters`)
    .refine(value => !value.includes('{{'), GO_TEMPLATE_MESSAGE)
    .refine(
      value => !controlCharacters.test(value),
      'must not contain control characters',
    );
}

/** Free text that reaches the LLMInferenceService: no Go template delimiters, no control characters. */
export function safeText(maxLength: number) {
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  return goTemplateSafeText(maxLength, /[\u0000-\u001f\u007f]/);
}

/** Multi-line text (an EPP config): like {@link safeText} but newlines and tabs are allowed. */
export function safeMultilineText(maxLength: number) {
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  return goTemplateSafeText(maxLength, /[\u0000-\u0008\u000b-\u001f\u007f]/);
}

const URI_SCHEMES = /^(oci|hf|pvc|s3):\/\//;

/** Where the model comes from: `oci://` (modelcar image), `hf://`, `pvc://` or `s3://`. */
export const modelUri = z.string().superRefine((value, ctx) => {
  // One message per wrong URI, so the CLI prints one line for it.
  if (!URI_SCHEMES.test(value)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: 'must start with oci://, hf://, pvc:// or s3://',
    });
  } else if (!/^[a-z0-9]+:\/\/\S+$/.test(value) || value.length > 2048) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message:
        'must name a location after the scheme, without spaces, in at most 2048 characters',
    });
  } else if (value.includes('{{')) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: GO_TEMPLATE_MESSAGE });
  }
});

/**
 * The served model name. The serving templates splice it unquoted into an `eval`ed `vllm serve` command line, so
 * only characters that are inert in a shell word are accepted (enough for ids like `meta-llama/Llama-3.1-8B-Instruct`).
 */
export const servedModelName = z
  .string()
  .max(256, 'must be at most 256 characters')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._/:-]*$/,
    "must be a model id of letters, digits and '.', '_', '/', ':', '-' (vLLM gets it through a shell)",
  );

const NAME = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const NETWORK = `(${NAME}/)?${NAME}(@[A-Za-z0-9_.-]{1,15})?`;

/** Multus network attachments: comma-separated `[namespace/]name[@interface]`, e.g. `roce-p2`. */
export const networkAttachments = z
  .string()
  .max(1024, 'must be at most 1024 characters')
  .regex(
    new RegExp(`^${NETWORK}(,\\s*${NETWORK})*$`),
    'must be NetworkAttachmentDefinition names like roce-p2 or ns/roce-p2, separated by commas',
  );

/** A Kubernetes extended resource name with a domain, e.g. `rdma/roce_gdr`. */
export const extendedResourceName = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/,
    'must be an extended resource name like rdma/roce_gdr',
  )
  .refine(
    value => value !== 'nvidia.com/gpu',
    'must not be nvidia.com/gpu (GPUs come from gpusPerReplica)',
  );

/** An integer from `min` to `max`, with the messages the CLI prints ("must be at least 1"). */
export function boundedInteger(min: number, max: number) {
  return z
    .number()
    .int('must be an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

/** GPUs of one pod: the node's GPUs bound one pod. */
export const gpuCount = boundedInteger(1, 16);

/** A replica count. */
export const replicaCount = boundedInteger(0, 1000);
