import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';

/**
 * The URL of the current entity's "Model serving" tab, or undefined when the app has no entity route (a card
 * rendered outside the catalog, or in tests): the card then simply shows no link.
 */
export function useModelServingLink(): string | undefined {
  const { entity } = useEntity();
  try {
    // useRouteRef throws for an unbound ref; its own hooks run before it throws, so the hook order stays stable
    const entityRoute = useRouteRef(entityRouteRef);
    return `${entityRoute(entityRouteParams(entity))}/model-serving`;
  } catch {
    return undefined;
  }
}
