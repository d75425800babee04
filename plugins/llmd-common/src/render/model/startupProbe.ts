import { z } from 'zod';
import type { RenderTarget } from '../renderTarget';
import { boundedInteger } from './modelInputFields';

/** Timing of the model server's start-up probe (the handler comes from the serving template, see {@link startupProbe}). */
interface StartupProbeTiming {
  readonly initialDelaySeconds: number;
  readonly periodSeconds: number;
  readonly timeoutSeconds: number;
  readonly failureThreshold: number;
}

/**
 * Named start-up probe timings. `default`: the guide's values, about 10 minutes (15 s + 60 × 10 s) for weights to
 * load. `large-model`: about 31 minutes (60 s + 60 × 30 s), for models that download or load tens of gigabytes.
 */
export const STARTUP_PROBE_PRESETS = {
  default: {
    initialDelaySeconds: 15,
    periodSeconds: 10,
    timeoutSeconds: 10,
    failureThreshold: 60,
  },
  'large-model': {
    initialDelaySeconds: 60,
    periodSeconds: 30,
    timeoutSeconds: 10,
    failureThreshold: 60,
  },
} as const satisfies Record<string, StartupProbeTiming>;

/** Name of a start-up probe preset. */
type StartupProbePresetId = keyof typeof STARTUP_PROBE_PRESETS;

const PRESET_IDS = Object.keys(STARTUP_PROBE_PRESETS) as [
  StartupProbePresetId,
  ...StartupProbePresetId[],
];

const fallback = STARTUP_PROBE_PRESETS.default;

const TIMING_KEYS = [
  'failureThreshold',
  'periodSeconds',
  'initialDelaySeconds',
  'timeoutSeconds',
] as const;

/**
 * Start-up probe input: `{ preset }`, or explicit timings where each unset one takes the `default` preset's value.
 * One object rather than a union, so a wrong field is reported as itself.
 */
export const startupProbeInputSchema = z
  .object({
    /** A named timing from {@link STARTUP_PROBE_PRESETS}; not combined with explicit timings. */
    preset: z
      .enum(PRESET_IDS, {
        errorMap: () => ({
          message: `must be one of ${PRESET_IDS.join(', ')}`,
        }),
      })
      .optional(),
    /** Probe failures tolerated before the container is restarted (default 60). */
    failureThreshold: boundedInteger(1, 10_000).optional(),
    /** Seconds between probes (default 10). */
    periodSeconds: boundedInteger(1, 3600).optional(),
    /** Seconds before the first probe (default 15). */
    initialDelaySeconds: boundedInteger(0, 3600).optional(),
    /** Seconds one probe may take (default 10). */
    timeoutSeconds: boundedInteger(1, 3600).optional(),
  })
  .strict()
  .superRefine((probe, ctx) => {
    const explicit = TIMING_KEYS.filter(key => probe[key] !== undefined);
    if (probe.preset !== undefined && explicit.length > 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['preset'],
        message: `cannot be combined with ${explicit.join(', ')}`,
      });
    }
  });

/** A parsed start-up probe input. */
export type StartupProbeInput = z.output<typeof startupProbeInputSchema>;

/** The timing an input stands for. */
export function startupProbeTiming(
  input: StartupProbeInput,
): StartupProbeTiming {
  if (input.preset) return STARTUP_PROBE_PRESETS[input.preset];
  return {
    initialDelaySeconds:
      input.initialDelaySeconds ?? fallback.initialDelaySeconds,
    periodSeconds: input.periodSeconds ?? fallback.periodSeconds,
    timeoutSeconds: input.timeoutSeconds ?? fallback.timeoutSeconds,
    failureThreshold: input.failureThreshold ?? fallback.failureThreshold,
  };
}

/** Port vLLM listens on; in the decode pool of a P/D service the routing sidecar takes it and vLLM moves to 8001. */
export function modelServerPort(decodeWithPrefill: boolean): number {
  return decodeWithPrefill ? 8001 : 8000;
}

/**
 * The start-up probe of container `main`. The controller strategically merges it into the serving template's
 * container, field by field. On v1alpha1 (OpenShift AI 3.x) every template serves vLLM over TLS, so the probe is
 * complete — it also works where a template has no start-up probe to merge into. On v1alpha2 the templates choose
 * HTTP or HTTPS by a cluster-wide TLS setting we cannot see, and all of them carry a start-up probe, so only the
 * timing is given and the handler comes from the template.
 */
export function startupProbe(
  timing: StartupProbeTiming,
  target: RenderTarget,
  port: number,
): Record<string, unknown> {
  const times = {
    initialDelaySeconds: timing.initialDelaySeconds,
    periodSeconds: timing.periodSeconds,
    timeoutSeconds: timing.timeoutSeconds,
    failureThreshold: timing.failureThreshold,
  };
  if (target.llmisvcApiVersion !== 'v1alpha1') return times;
  return {
    httpGet: { path: '/health', port, scheme: 'HTTPS' },
    ...times,
  };
}
