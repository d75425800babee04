import type { ModelBuiltInEppConfig } from '../api';
import { builtInSchedulerConfig } from '../epp/builtInSchedulerConfig';
import { describeEndpointPickerConfig } from '../epp/describeEndpointPickerConfig';
import { type EppDialectId, isEppDialectId } from '../epp/eppDialects';
import { lintEndpointPickerConfig } from '../epp/lintEndpointPickerConfig';

// one per dialect: the same few objects serve every model that sets no config
const memo = new Map<EppDialectId, ModelBuiltInEppConfig>();

/**
 * What an EPP of the dialect runs when nothing passes it a config: the loader's built-in default, described for
 * drawing, or the error of a version that cannot start without one. Undefined for unknown dialect ids.
 */
export function builtInEppConfig(
  dialect: string,
): ModelBuiltInEppConfig | undefined {
  if (!isEppDialectId(dialect)) return undefined;
  let result = memo.get(dialect);
  if (!result) {
    const builtIn = builtInSchedulerConfig(dialect);
    if (builtIn.kind === 'cannot-start') {
      result = { kind: 'cannot-start', diagnostic: builtIn.diagnostic };
    } else {
      const { config } = lintEndpointPickerConfig(builtIn.configText, {
        dialect,
      });
      result = {
        kind: 'built-in-default',
        text: builtIn.configText,
        notes: builtIn.notes,
        ...(config && {
          description: describeEndpointPickerConfig(config, dialect),
        }),
      };
    }
    memo.set(dialect, result);
  }
  return result;
}
