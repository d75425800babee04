import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef, type ModelRef } from '../api';

/** Loads a model's detail from the backend; `retry` reloads it. */
export function useModelDetail(ref: ModelRef | undefined) {
  const api = useApi(llmdApiRef);
  return useAsyncRetry(async () => {
    if (!ref) return undefined;
    return api.getModel(ref);
  }, [api, ref?.namespace, ref?.name]);
}
