import { Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { ModelDetailResponse } from '@llmd/plugin-llmd-common';
import Alert from '@material-ui/lab/Alert';
import type { ReactNode } from 'react';
import { modelRefOfEntity } from '../../entity/modelRefOfEntity';
import { useModelDetail } from '../../hooks/useModelDetail';
import { LlmdErrorState } from './LlmdErrorState';

/** Props of {@link ModelDetailBoundary}. */
export interface ModelDetailBoundaryProps {
  /** Renders the loaded model; `reload` fetches it again (after minting a token, say). */
  readonly children: (
    detail: ModelDetailResponse,
    reload: () => void,
  ) => ReactNode;
}

/**
 * Loads the model service of the current catalog entity and renders its loading, error and empty states, so the
 * entity tab and every card show them the same way.
 */
export function ModelDetailBoundary({ children }: ModelDetailBoundaryProps) {
  const { entity } = useEntity();
  const ref = modelRefOfEntity(entity);
  const { value, loading, error, retry } = useModelDetail(ref);
  if (!ref) {
    return (
      <Alert severity="info">
        This entity does not name an LLMInferenceService (annotations
        llm-d.ai/namespace and llm-d.ai/name).
      </Alert>
    );
  }
  if (loading && !value) return <Progress aria-label="Loading model" />;
  if (error) {
    return (
      <LlmdErrorState error={error} what="load the model" onRetry={retry} />
    );
  }
  if (!value || value.clusters.length === 0) {
    return (
      <Alert severity="info">
        No cluster runs {ref.namespace}/{ref.name} right now.
      </Alert>
    );
  }
  return <>{children(value, retry)}</>;
}
