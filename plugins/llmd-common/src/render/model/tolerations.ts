import { z } from 'zod';

/** The toleration GPU nodes need: the NVIDIA GPU operator taints them `nvidia.com/gpu:NoSchedule`. */
const DEFAULT_GPU_TOLERATION = {
  key: 'nvidia.com/gpu',
  operator: 'Exists',
  effect: 'NoSchedule',
} as const;

const LABEL_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * One Kubernetes toleration, checked the way the API server checks it.
 *
 * @public
 */
export const tolerationSchema = z
  .object({
    /** Taint key; empty or absent matches every key (then operator must be Exists). */
    key: z
      .string()
      .max(316, 'must be at most 316 characters')
      .regex(LABEL_KEY, 'must be a label key like nvidia.com/gpu')
      .optional(),
    /** `Exists` or `Equal` (default `Equal`, as in Kubernetes). */
    operator: z
      .enum(['Exists', 'Equal'], {
        errorMap: () => ({ message: 'must be Exists or Equal' }),
      })
      .optional(),
    /** Taint value, for operator Equal. */
    value: z
      .string()
      .max(63, 'must be at most 63 characters')
      .regex(
        /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/,
        'must be a label value',
      )
      .optional(),
    /** Taint effect to tolerate; absent tolerates all effects. */
    effect: z
      .enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute'], {
        errorMap: () => ({
          message: 'must be NoSchedule, PreferNoSchedule or NoExecute',
        }),
      })
      .optional(),
    /** How long a NoExecute taint is tolerated. */
    tolerationSeconds: z.number().int('must be an integer').optional(),
  })
  .strict()
  .superRefine((toleration, ctx) => {
    if (toleration.operator === 'Exists' && toleration.value) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['value'],
        message: 'must be empty when operator is Exists',
      });
    }
    if (!toleration.key && toleration.operator !== 'Exists') {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['operator'],
        message: 'must be Exists when key is empty',
      });
    }
    if (
      toleration.tolerationSeconds !== undefined &&
      toleration.effect !== 'NoExecute'
    ) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['tolerationSeconds'],
        message: 'is only allowed with effect NoExecute',
      });
    }
  });

/**
 * A parsed toleration.
 *
 * @public
 */
export type TolerationInput = z.output<typeof tolerationSchema>;

const tolerationListSchema = z
  .array(tolerationSchema)
  .max(32, 'must have at most 32 entries');

/**
 * What the `tolerations` field holds after parsing.
 *
 * @public
 */
export type TolerationsInput = 'default' | TolerationInput[];

/**
 * `default` (absent means the same: tolerate the GPU taint) or an explicit list, which replaces the default. Written
 * as a dispatch rather than a zod union so that a wrong list entry is reported as itself, not as "not 'default'".
 */
export const tolerationsInputSchema: z.ZodType<
  TolerationsInput,
  z.ZodTypeDef,
  unknown
> = z.unknown().transform((value, ctx): TolerationsInput => {
  if (value === undefined || value === 'default') return 'default';
  if (!Array.isArray(value)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: "must be 'default' or a list of tolerations",
    });
    return z.NEVER;
  }
  const parsed = tolerationListSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue(issue);
  return z.NEVER;
});

/** The tolerations of both pools, keys in Kubernetes' conventional order. */
export function podTolerations(
  input: TolerationsInput,
): Record<string, unknown>[] {
  const list = input === 'default' ? [DEFAULT_GPU_TOLERATION] : input;
  return list.map((t: TolerationInput) => ({
    ...(t.key !== undefined && { key: t.key }),
    ...(t.operator !== undefined && { operator: t.operator }),
    ...(t.value !== undefined && { value: t.value }),
    ...(t.effect !== undefined && { effect: t.effect }),
    ...(t.tolerationSeconds !== undefined && {
      tolerationSeconds: t.tolerationSeconds,
    }),
  }));
}
