import type { ModelEndpoint } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { CopyableUrl } from './CopyableUrl';

const SOURCE_LABELS: Record<string, string> = {
  'status.url': 'from the model status',
  'status.addresses': 'from the model status addresses',
  gateway: 'derived from the Gateway',
};

/** One endpoint of a model: internal or external, where its address comes from, and its URLs to copy. */
export function EndpointListItem({
  endpoint,
}: {
  readonly endpoint: ModelEndpoint;
}) {
  return (
    <ListItem disableGutters divider>
      <Box width="100%">
        <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={0.5}>
          <Chip
            size="small"
            label={endpoint.internal ? 'Internal' : 'External'}
            variant="outlined"
          />
          <Typography variant="caption" color="textSecondary">
            {endpoint.name ? `${endpoint.name} · ` : ''}
            {SOURCE_LABELS[endpoint.source] ?? endpoint.source}
            {endpoint.internal ? ' · reachable only inside the cluster' : ''}
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
  );
}
