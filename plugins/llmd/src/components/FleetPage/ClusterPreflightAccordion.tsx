import type {
  PreflightCheck,
  PreflightCheckStatus,
} from '@llmd/plugin-llmd-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { ClusterPreflightResult } from '../../hooks/useClusterPreflights';
import { CollapsedSection } from '../common/CollapsedSection';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { StatusChip } from '../Reachability/StatusChip';
import { STATUS_TEXT, StatusIcon } from '../Reachability/StatusIcon';
import { useStatusStyles } from '../Reachability/useStatusStyles';
import { PREFLIGHT_CHECK_NAMES } from './preflightCheckNames';

function countsText(checks: readonly PreflightCheck[]): string {
  const counts = new Map<PreflightCheckStatus, number>();
  for (const check of checks) {
    counts.set(check.status, (counts.get(check.status) ?? 0) + 1);
  }
  return (['fail', 'unknown', 'warn', 'ok'] as const)
    .filter(status => counts.has(status))
    .map(status => `${counts.get(status)} ${STATUS_TEXT[status].toLowerCase()}`)
    .join(', ');
}

function CheckItem({ check }: { check: PreflightCheck }) {
  const classes = useStatusStyles();
  const name = PREFLIGHT_CHECK_NAMES[check.id];
  return (
    <ListItem
      disableGutters
      alignItems="flex-start"
      aria-label={`${name}: ${STATUS_TEXT[check.status]}`}
    >
      <ListItemIcon className={classes[check.status]} style={{ minWidth: 32 }}>
        <StatusIcon status={check.status} />
      </ListItemIcon>
      <ListItemText
        primary={`${name} — ${STATUS_TEXT[check.status]}`}
        secondary={
          <>
            {check.message}
            {check.fix && (
              <Typography variant="body2" component="span" display="block">
                Fix: {check.fix}
              </Typography>
            )}
          </>
        }
      />
    </ListItem>
  );
}

/** Props of {@link ClusterPreflightAccordion}. */
export interface ClusterPreflightAccordionProps {
  readonly result: ClusterPreflightResult;
}

/**
 * The preflight of one cluster, collapsed to its worst status and the counts per status; expanded, every check with
 * its status icon, what was found and the fix.
 */
export function ClusterPreflightAccordion({
  result,
}: ClusterPreflightAccordionProps) {
  const preflight = 'preflight' in result ? result.preflight : undefined;
  return (
    <CollapsedSection
      summary={
        <>
          <Typography style={{ marginRight: 8 }}>{result.cluster}</Typography>
          <StatusChip
            status={preflight?.status ?? 'unknown'}
            text={preflight?.status ?? 'not loaded'}
            label={`Preflight of ${result.cluster}`}
          />
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ marginLeft: 8 }}
          >
            {preflight
              ? countsText(preflight.checks)
              : 'the preflight could not be loaded'}
          </Typography>
        </>
      }
    >
      {'error' in result ? (
        <LlmdErrorState
          error={result.error}
          what={`check cluster ${result.cluster}`}
        />
      ) : (
        <List dense aria-label={`Preflight checks of ${result.cluster}`}>
          {result.preflight.checks.map(check => (
            <CheckItem key={check.id} check={check} />
          ))}
        </List>
      )}
    </CollapsedSection>
  );
}
