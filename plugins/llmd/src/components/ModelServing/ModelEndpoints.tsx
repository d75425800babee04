import { InfoCard } from '@backstage/core-components';
import {
  clientSnippets,
  type ModelClusterDetail,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useMemo } from 'react';
import { ClientSnippetTabs } from './ClientSnippetTabs';
import { EndpointListItem } from './EndpointListItem';

/** Props of {@link ModelEndpoints}. */
export interface ModelEndpointsProps {
  readonly namespace: string;
  readonly name: string;
  readonly cluster: ModelClusterDetail;
}

/**
 * The OpenAI-compatible endpoints of a model on one cluster, with client snippets calling the first (most
 * authoritative) one. Without a known endpoint the snippets show a placeholder address, so users can still see how
 * the call will look.
 */
export function ModelEndpoints({
  namespace,
  name,
  cluster,
}: ModelEndpointsProps) {
  const primary = cluster.endpoints[0];
  const snippets = useMemo(
    () =>
      clientSnippets({
        namespace,
        name,
        baseUrl: primary?.baseUrl,
        modelName: cluster.spec.modelName,
        authEnabled: cluster.authEnabled,
      }),
    [
      namespace,
      name,
      primary?.baseUrl,
      cluster.spec.modelName,
      cluster.authEnabled,
    ],
  );
  return (
    <InfoCard
      title="Endpoints"
      subheader={`OpenAI-compatible API on ${cluster.cluster}`}
    >
      {cluster.endpoints.length === 0 ? (
        <Alert severity="info">
          No endpoint is known yet: the controller publishes the address once
          the model is ready. The snippets below use a placeholder address.
        </Alert>
      ) : (
        <List aria-label="Endpoints" disablePadding>
          {cluster.endpoints.map(endpoint => (
            <EndpointListItem key={endpoint.baseUrl} endpoint={endpoint} />
          ))}
        </List>
      )}
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Call the model
        </Typography>
        <ClientSnippetTabs
          snippets={snippets}
          authEnabled={cluster.authEnabled}
          idPrefix={`llmd-snippets-${cluster.cluster}`}
        />
      </Box>
    </InfoCard>
  );
}
