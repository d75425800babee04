import type { EppFinding } from './eppDiagnostic';
import { parametersOf, type EppLintContext } from './eppLintContext';

const NESTED = ['profiles', 'deciders'];
const FLAT = [
  'decodeProfile',
  'prefillProfile',
  'encodeProfile',
  'deciderPluginName',
  'prefillDeciderPluginName',
  'encodeDeciderPluginName',
];

/**
 * disagg-profile-handler takes the nested schema (`profiles`, `deciders`) or the legacy flat one, and its factory
 * rejects a mix of both (pkg/plugins/profile/disagg_profile_handler.go@S v0.7.0; disagg_profile_handler.go@R v0.9.0
 * `HandlerFactory`).
 */
export function checkDisaggHandlerSchema(ctx: EppLintContext): EppFinding[] {
  return ctx.plugins.flatMap((plugin): EppFinding[] => {
    if (plugin.type !== 'disagg-profile-handler' || !plugin.spec) return [];
    const keys = Object.keys(parametersOf(plugin));
    const nested = keys.filter(key => NESTED.includes(key));
    const flat = keys.filter(key => FLAT.includes(key));
    if (nested.length === 0 || flat.length === 0) return [];
    return [
      {
        code: 'disagg-handler-mixed-schema',
        severity: 'error',
        path: ['plugins', plugin.index, 'parameters'],
        message: `\`${plugin.name}\` mixes the nested schema (${nested.join(
          ', ',
        )}) with the legacy flat one (${flat.join(
          ', ',
        )}); the factory rejects this.`,
      },
    ];
  });
}
