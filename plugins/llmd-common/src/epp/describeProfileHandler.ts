import type { EndpointPickerConfig } from './endpointPickerConfig';
import type { EppDisaggregationStage } from './describeDisaggregationStages';
import { findDisaggregation } from './disaggregation';

/**
 * Plain-words account of how the profile handler chooses the profiles that run for a request.
 *
 * @param stages - the disaggregated stages ({@link describeDisaggregationStages}), which say when each runs
 */
export function describeProfileHandler(
  config: EndpointPickerConfig,
  handlerType: string,
  profileNames: readonly string[],
  stages: readonly EppDisaggregationStage[],
): string {
  const setup = findDisaggregation(config);
  if (setup) {
    const parts = [
      `Every request runs profile "${setup.decodeProfile}" to pick a decode pod.`,
      ...stages.map(stage =>
        stage.stage === 'prefill'
          ? `Profile "${stage.profile}" also picks a prefill pod ${stage.when}.`
          : `Profile "${stage.profile}" picks an encode pod ${stage.when}.`,
      ),
    ];
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
