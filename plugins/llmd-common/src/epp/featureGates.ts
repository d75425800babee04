/** A parsed `featureGates` entry (`name` or `name=true|false`). */
export interface FeatureGateSetting {
  readonly name: string;
  /** undefined when the value is neither true nor false. */
  readonly enabled?: boolean;
}

/** Parses one `featureGates` entry the way the loader does. */
export function parseFeatureGate(entry: string): FeatureGateSetting {
  const [name, value] = entry.split('=', 2);
  if (value === undefined) return { name, enabled: true };
  const normalized = value.trim().toLowerCase();
  if (normalized === 'true') return { name, enabled: true };
  if (normalized === 'false') return { name, enabled: false };
  return { name };
}

/** Whether a gate ends up enabled (the last setting wins; gates are off by default). */
export function isFeatureGateEnabled(gates: unknown, name: string): boolean {
  if (!Array.isArray(gates)) return false;
  let enabled = false;
  for (const entry of gates) {
    if (typeof entry !== 'string') continue;
    const gate = parseFeatureGate(entry);
    if (gate.name === name && gate.enabled !== undefined) {
      enabled = gate.enabled;
    }
  }
  return enabled;
}
