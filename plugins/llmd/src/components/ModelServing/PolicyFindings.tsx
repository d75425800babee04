import type { GovernanceFinding } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';

/** Props of {@link PolicyFindings}. */
export interface PolicyFindingsProps {
  readonly findings: readonly GovernanceFinding[];
}

/**
 * The platform policy rules a running model breaks. `deny` findings block changes in GitOps CI, so they come first
 * and look like errors; `warn` findings are advice.
 */
export function PolicyFindings({ findings }: PolicyFindingsProps) {
  const sorted = [...findings].sort(
    (a, b) =>
      Number(b.severity === 'deny') - Number(a.severity === 'deny') ||
      a.rule.localeCompare(b.rule),
  );
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        Policy findings
      </Typography>
      <List dense aria-label="Policy findings">
        {sorted.map((finding, index) => (
          <ListItem key={`${finding.rule}-${finding.path}-${index}`}>
            <Box mr={1}>
              <Chip
                size="small"
                label={finding.severity}
                color={finding.severity === 'deny' ? 'secondary' : 'default'}
              />
            </Box>
            <ListItemText
              primary={finding.message}
              secondary={`${finding.rule} · ${finding.path}`}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
