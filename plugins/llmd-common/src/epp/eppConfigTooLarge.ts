import { explainEppDiagnosticCode } from './diagnosticCodes';
import type { EppDiagnostic } from './eppDiagnostic';

/**
 * The largest EPP config the portal analyses when it comes from a cluster (`--config-text`, inline config,
 * ConfigMap). Real configs are a few KB; anyone who can write a model on a cluster could otherwise make every list
 * request of the portal parse megabytes.
 *
 * @public
 */
export const MAX_CLUSTER_EPP_CONFIG_BYTES = 256 * 1024;

/**
 * Whether a text has more than `maxBytes` UTF-8 bytes, without encoding it: a UTF-16 code unit is 1 to 3 bytes (a
 * surrogate pair 4 for 2 units), so most texts are decided by their length alone.
 *
 * @public
 */
export function exceedsUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // each half of a surrogate pair counts 2, so a pair makes its 4 bytes
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
    if (bytes > maxBytes) return true;
  }
  return false;
}

/** `256 KB`, `1 MB`: the caps are whole binary units. */
function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / 1024 / 1024} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The `config-too-large` diagnostic of a config over `maxBytes`; the config is then neither parsed nor linted.
 * @param size - a description of the size when known (e.g. `50 MB`)
 *
 * @public
 */
export function eppConfigTooLarge(
  maxBytes: number,
  size?: string,
): EppDiagnostic {
  return {
    code: 'config-too-large',
    severity: 'error',
    path: '',
    message: `The config has ${size ?? 'more than'}${
      size ? '' : ` ${formatLimit(maxBytes)}`
    }, over the ${formatLimit(maxBytes)} limit; it was not parsed.`,
    explanation: explainEppDiagnosticCode('config-too-large'),
  };
}
