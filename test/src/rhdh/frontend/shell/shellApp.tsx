import type { PropsWithChildren } from 'react';
import {
  AlertApiForwarder,
  ErrorApiForwarder,
  FetchMiddlewares,
  FrontendHostDiscovery,
  WebStorage,
  createFetchApi,
} from '@backstage/core-app-api';
import { ErrorPage, Progress, SignInPage } from '@backstage/core-components';
import {
  alertApiRef,
  configApiRef,
  createApiFactory,
  discoveryApiRef,
  errorApiRef,
  fetchApiRef,
  identityApiRef,
  type SignInPageProps,
  storageApiRef,
} from '@backstage/core-plugin-api';
import {
  IdentityPermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import { UnifiedThemeProvider, themes } from '@backstage/theme';
import AppIcon from '@material-ui/icons/Apps';
import { BrowserRouter } from 'react-router-dom';

/**
 * The app-shell APIs RHDH's app gets from @backstage/app-defaults (`createApp`), the ones the llm-d plugin uses:
 * discovery and fetch (its API client; fetch adds the signed-in user's token) and permission (the Get token
 * button asks for llmd.model.token.create); identity comes from the sign-in page, as in RHDH. Config, alert, error
 * and storage are there because core components expect them.
 */
export const shellApis = [
  createApiFactory({
    api: discoveryApiRef,
    deps: { configApi: configApiRef },
    factory: ({ configApi }) => FrontendHostDiscovery.fromConfig(configApi),
  }),
  createApiFactory(alertApiRef, new AlertApiForwarder()),
  createApiFactory(errorApiRef, new ErrorApiForwarder()),
  createApiFactory({
    api: storageApiRef,
    deps: { errorApi: errorApiRef },
    factory: ({ errorApi }) => WebStorage.create({ errorApi }),
  }),
  createApiFactory({
    api: fetchApiRef,
    deps: {
      configApi: configApiRef,
      identityApi: identityApiRef,
      discoveryApi: discoveryApiRef,
    },
    factory: ({ configApi, identityApi, discoveryApi }) =>
      createFetchApi({
        middleware: [
          FetchMiddlewares.resolvePluginProtocol({ discoveryApi }),
          FetchMiddlewares.injectIdentityAuth({
            identityApi,
            config: configApi,
          }),
        ],
      }),
  }),
  createApiFactory({
    api: permissionApiRef,
    deps: {
      discovery: discoveryApiRef,
      identity: identityApiRef,
      config: configApiRef,
    },
    factory: ({ discovery, identity, config }) =>
      IdentityPermissionApi.create({ discovery, identity, config }),
  }),
];

export const shellComponents = {
  Progress,
  Router: BrowserRouter,
  NotFoundErrorPage: () => <ErrorPage status="404" statusMessage="Not found" />,
  BootErrorPage: ({ error }: { error: Error }) => (
    <ErrorPage status="500" statusMessage={String(error)} />
  ),
  ErrorBoundaryFallback: ({ error }: { error: Error }) => (
    <pre className="error-boundary">{String(error?.stack ?? error)}</pre>
  ),
  // RHDH's sign-in page with the guest provider of the backend's auth plugin; `auto` signs in again on reload.
  SignInPage: (props: SignInPageProps) => (
    <SignInPage {...props} auto providers={['guest']} />
  ),
};

const ICON_KEYS = [
  'kind:api',
  'kind:component',
  'kind:domain',
  'kind:group',
  'kind:location',
  'kind:system',
  'kind:user',
  'kind:resource',
  'kind:template',
  'brokenImage',
  'catalog',
  'chat',
  'dashboard',
  'docs',
  'email',
  'github',
  'group',
  'help',
  'scaffolder',
  'search',
  'techdocs',
  'user',
  'warning',
  'star',
  'unstarred',
];

/** One icon for every system icon: the shell draws no sidebar icons. */
export const shellIcons = Object.fromEntries(
  ICON_KEYS.map(key => [key, AppIcon]),
) as any;

export const shellThemes = [
  {
    id: 'light',
    title: 'Light',
    variant: 'light' as const,
    Provider: ({ children }: PropsWithChildren<{}>) => (
      <UnifiedThemeProvider theme={themes.light}>
        {children}
      </UnifiedThemeProvider>
    ),
  },
];
