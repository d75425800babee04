import { InfoCard } from '@backstage/core-components';
import {
  clientSnippets,
  type ModelClusterDetail,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useMemo } from 'react';
import { ClientSnippetTabs } from './ClientSnippetTabs';
import { CopyableUrl } from './CopyableUrl';

/** Props of {@link ModelEndpoints}. */
export interface ModelEndpointsProps {
  readonly namespace: string;
  readonly name: string;
  readonly cluster: ModelClusterDetail;
}

const SOURCE_LABELS: Record<string, string> = {
  'status.url': 'from the model status',
  'status.addresses': 'from the model status addresses',
  gateway: 'derived from the Gateway',
};

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
            <ListItem key={endpoint.baseUrl} disableGutters divider>
              <Box width="100%">
                <Box
                  display="flex"
                  alignItems="center"
                  style={{ gap: 8 }}
                  mb={0.5}
                >
                  <Chip
                    size="small"
                    label={endpoint.internal ? 'Internal' : 'External'}
                    variant="outlined"
                  />
                  <Typography variant="caption" color="textSecondary">
                    {endpoint.name ? `${endpoint.name} · ` : ''}
                    {SOURCE_LABELS[endpoint.source] ?? endpoint.source}
                    {endpoint.internal
                      ? ' · reachable only inside the cluster'
                      : ''}
                  </Typography>
                </Box>
                <Typography variant="caption" component="div">
                  Base URL
                </Typography>
                <CopyableUrl label="base URL" url={endpoint.baseUrl} />
                <Typography variant="caption" component="div">
                  Chat completions
                </Typography>
                <CopyableUrl label="chat URL" url={endpoint.chat} />
              </Box>
            </ListItem>
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
