import type { EndpointPickerConfigDescription } from '@llmd/plugin-llmd-common';
import { ProfileHandlerBox } from './ProfileHandlerBox';
import { ProfilePipeline } from './ProfilePipeline';

/** Props of {@link EppPicture}. */
export interface EppPictureProps {
  readonly description: EndpointPickerConfigDescription;
}

/** The profile handler and every scheduling profile as a Filter → Score → Pick pipeline. */
export function EppPicture({ description }: EppPictureProps) {
  return (
    <div>
      <ProfileHandlerBox
        handler={description.handler}
        routing={description.routing}
        stages={description.stages}
      />
      {description.profiles.map((profile, i) => (
        <ProfilePipeline key={`${profile.name}-${i}`} profile={profile} />
      ))}
    </div>
  );
}
