import type { EndpointPickerConfig } from './endpointPickerConfig';
import { findDisaggregation } from './disaggregation';

function deciderWords(
  config: EndpointPickerConfig,
  name: string | undefined,
): string {
  if (!name) return 'its default decider';
  const decider = config.plugins.find(p => p.name === name);
  if (decider?.type === 'always-disagg-pd-decider') return 'always';
  if (decider?.type === 'always-disagg-multimodal-decider') {
    return 'when the request carries images, video or audio';
  }
  if (decider?.type === 'prefix-based-pd-decider') {
    const tokens = decider.parameters?.nonCachedTokens;
    return typeof tokens === 'number' && tokens > 0
      ? `when at least ${tokens} prompt tokens are not already cached`
      : 'never (nonCachedTokens is 0)';
  }
  return `when decider "${name}" says so`;
}

/** Plain-words account of how the profile handler chooses the profiles that run for a request. */
export function describeProfileHandler(
  config: EndpointPickerConfig,
  handlerType: string,
  profileNames: readonly string[],
): string {
  const setup = findDisaggregation(config);
  if (setup) {
    const parts = [
      `Every request runs profile "${setup.decodeProfile}" to pick a decode pod.`,
    ];
    if (setup.prefillProfile) {
      let when = deciderWords(config, setup.prefillDecider);
      if (setup.threshold !== undefined) {
        when =
          setup.threshold > 0
            ? `when more than ${setup.threshold} prompt tokens are not already cached`
            : 'always';
      }
      parts.push(
        `Profile "${setup.prefillProfile}" also picks a prefill pod ${when}.`,
      );
    }
    if (setup.encodeProfile) {
      parts.push(
        `Profile "${setup.encodeProfile}" picks an encode pod ${deciderWords(
          config,
          setup.encodeDecider,
        )}.`,
      );
    }
    return parts.join(' ');
  }
  const handler = config.plugins.find(p => p.type === handlerType);
  switch (handlerType) {
    case 'single-profile-handler':
      return profileNames.length > 1
        ? `Runs a single profile, but ${profileNames.length} are defined, so requests fail.`
        : `Every request is scheduled with profile "${
            profileNames[0] ?? 'default'
          }".`;
    case 'data-parallel-profile-handler':
      return `Every request is scheduled with profile "${
        profileNames[0] ?? 'default'
      }" and sent to one data-parallel rank of the chosen pod.`;
    case 'header-profile-handler':
      return `The request header "${String(
        handler?.parameters?.headerName ?? 'EPP-Profile',
      )}" names the profile to run (default "${String(
        handler?.parameters?.defaultProfile ?? 'decode',
      )}").`;
    default:
      return `Profile handler "${handlerType}" chooses among ${
        profileNames.map(n => `"${n}"`).join(', ') || 'no profiles'
      }.`;
  }
}
