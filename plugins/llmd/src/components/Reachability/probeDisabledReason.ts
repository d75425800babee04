import type { ModelClusterDiagnosis } from '@llmd/plugin-llmd-common';
import type { ProbeState } from '../../hooks/useProbeModel';
import { describeLlmdError } from '../common/describeLlmdError';

// the probe step is `skip` for other reasons too (no URL yet); only these words mean the cluster has probing off
const PROBING_OFF =
  /\bprobe\.enabled\b|prob(?:e|ing)\b[^.]*\b(?:off|disabled|not enabled)\b/i;

/**
 * Why "Probe now" cannot work, in words, or undefined when it may: the backend refused a probe (4xx: probing off for
 * the cluster, not permitted) or the diagnosis' probe step says probing is off.
 */
export function probeDisabledReason(
  diagnosis: ModelClusterDiagnosis | undefined,
  probe: ProbeState,
): string | undefined {
  if (probe.phase === 'refused') {
    return describeLlmdError(probe.error, 'probe this model').message;
  }
  const step = diagnosis?.steps.find(s => s.id === 'probe');
  if (step?.status === 'skip' && PROBING_OFF.test(step.message)) {
    return step.message;
  }
  return undefined;
}
