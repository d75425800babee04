import {
  modelServerPort,
  STARTUP_PROBE_PRESETS,
  startupProbe,
  startupProbeInputSchema,
  startupProbeTiming,
} from './startupProbe';
import { V1ALPHA1, V1ALPHA2 } from './__testUtils__/modelFixtures';

const budget = (t: {
  initialDelaySeconds: number;
  periodSeconds: number;
  failureThreshold: number;
}) => t.initialDelaySeconds + t.periodSeconds * t.failureThreshold;

describe('startup probe', () => {
  it('large-model allows a 30-minute load, default about 10 minutes', () => {
    expect(budget(STARTUP_PROBE_PRESETS['large-model'])).toBeGreaterThanOrEqual(
      30 * 60,
    );
    expect(budget(STARTUP_PROBE_PRESETS.default)).toBeGreaterThanOrEqual(
      10 * 60,
    );
  });

  it('fills unset explicit timings from the default preset', () => {
    const input = startupProbeInputSchema.parse({ failureThreshold: 120 });
    expect(startupProbeTiming(input)).toEqual({
      ...STARTUP_PROBE_PRESETS.default,
      failureThreshold: 120,
    });
    expect(startupProbeTiming({ preset: 'large-model' })).toBe(
      STARTUP_PROBE_PRESETS['large-model'],
    );
  });

  it('is a complete HTTPS /health probe on v1alpha1, decode on 8001 behind the P/D routing sidecar', () => {
    expect(
      startupProbe(
        STARTUP_PROBE_PRESETS.default,
        V1ALPHA1,
        modelServerPort(true),
      ),
    ).toEqual({
      httpGet: { path: '/health', port: 8001, scheme: 'HTTPS' },
      ...STARTUP_PROBE_PRESETS.default,
    });
    expect(modelServerPort(false)).toBe(8000);
  });

  it('is timing only on v1alpha2, where the template picks HTTP or HTTPS', () => {
    expect(startupProbe(STARTUP_PROBE_PRESETS.default, V1ALPHA2, 8000)).toEqual(
      { ...STARTUP_PROBE_PRESETS.default },
    );
  });
});
