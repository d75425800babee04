import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  type PermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import {
  renderInTestApp,
  TestApiProvider,
  type TestAppOptions,
} from '@backstage/test-utils';
import type { ReactElement } from 'react';
import type { LlmdApi } from '../api';
import { llmdApiRef } from '../api';
import { graniteEntity } from './modelDetailFixtures';

/** Options of {@link renderEntityContent}. */
export interface RenderEntityContentOptions {
  /** The methods the test needs; calling any other one fails the test. */
  readonly api: Partial<LlmdApi>;
  /** The entity of the page (granite-8b by default). */
  readonly entity?: Entity;
  /** Routes the app binds, e.g. the catalog's entity route for links to entity tabs. */
  readonly mountedRoutes?: TestAppOptions['mountedRoutes'];
  /** What the permission framework answers for `llmd.model.token.create` (allowed by default). */
  readonly mayMintTokens?: boolean;
  /** What it answers for `llmd.model.probe` (allowed by default). */
  readonly mayProbe?: boolean;
  /** Receives every request to the permission API, e.g. to check which resource was asked about. */
  readonly permissionRequests?: unknown[];
}

/** A permission API answering by permission name: the probe permission one way, every other one another. */
function permissionApi(
  allowed: boolean,
  mayProbe: boolean,
  requests: unknown[] = [],
): PermissionApi {
  return {
    // the enum's values are these strings; spelled out to avoid a dependency on plugin-permission-common
    authorize: async request => {
      requests.push(request);
      const ok =
        request.permission.name === 'llmd.model.probe' ? mayProbe : allowed;
      return { result: ok ? 'ALLOW' : 'DENY' } as Awaited<
        ReturnType<PermissionApi['authorize']>
      >;
    },
  };
}

/** Renders entity content (a tab or a card) in a test app with the entity and a mocked llm-d API. */
export function renderEntityContent(
  element: ReactElement,
  options: RenderEntityContentOptions,
) {
  const unexpected = (method: string) => () =>
    Promise.reject(new Error(`unexpected call of LlmdApi.${method}`));
  const api: LlmdApi = {
    listClusters: unexpected('listClusters'),
    listModels: unexpected('listModels'),
    getModel: unexpected('getModel'),
    createToken: unexpected('createToken'),
    getGovernance: unexpected('getGovernance'),
    getClusterPreflight: unexpected('getClusterPreflight'),
    getModelDiagnosis: unexpected('getModelDiagnosis'),
    probeModel: unexpected('probeModel'),
    getModelMetrics: unexpected('getModelMetrics'),
    getFleetMetrics: unexpected('getFleetMetrics'),
    ...options.api,
  };
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [llmdApiRef, api],
        [
          permissionApiRef,
          permissionApi(
            options.mayMintTokens ?? true,
            options.mayProbe ?? true,
            options.permissionRequests,
          ),
        ],
      ]}
    >
      <EntityProvider entity={options.entity ?? graniteEntity}>
        {element}
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: options.mountedRoutes },
  );
}

/**
 * A `ResponseError` as `LlmdClient` throws it for a failed call, with the body Backstage's error middleware sends
 * (`{error, response: {statusCode}}`; without `response` the error keeps only a raw status line).
 */
export async function responseError(
  status: number,
  statusText: string,
  message: string,
  name = 'Error',
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      {
        status,
        statusText,
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}
