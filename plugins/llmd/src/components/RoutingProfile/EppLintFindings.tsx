import type { EppDiagnostic, ModelEppLint } from '@llmd/plugin-llmd-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ErrorOutline from '@material-ui/icons/ErrorOutline';
import InfoOutlined from '@material-ui/icons/InfoOutlined';
import ReportProblemOutlined from '@material-ui/icons/ReportProblemOutlined';
import Alert from '@material-ui/lab/Alert';

// the wire type says error | warning; anything else (a future "info") still renders, as information
const SEVERITY = {
  error: { label: 'Error', Icon: ErrorOutline },
  warning: { label: 'Warning', Icon: ReportProblemOutlined },
  info: { label: 'Info', Icon: InfoOutlined },
} as const;

const useStyles = makeStyles(theme => ({
  error: { color: theme.palette.error.main },
  warning: { color: theme.palette.warning.main },
  info: { color: theme.palette.info.main },
}));

const severityKey = (d: EppDiagnostic): keyof typeof SEVERITY =>
  d.severity in SEVERITY ? (d.severity as keyof typeof SEVERITY) : 'info';

/** "schedulingProfiles[0].plugins[1], line 7:5" (what a user needs to find it in the raw YAML below). */
function whereText(d: EppDiagnostic): string {
  const where = d.path || 'document';
  if (d.line === undefined) return where;
  return `${where}, line ${d.line}${
    d.column === undefined ? '' : `:${d.column}`
  }`;
}

/** Props of {@link EppLintFindings}. */
export interface EppLintFindingsProps {
  readonly lint: ModelEppLint;
}

/**
 * What the EPP linter found in the config: per finding the severity (icon and text), code, path and line, the message
 * and the explanation with the fix; "No lint findings" for a clean config.
 */
export function EppLintFindings({ lint }: EppLintFindingsProps) {
  const classes = useStyles();
  const errors = lint.diagnostics.filter(d => d.severity === 'error').length;
  return (
    <section aria-label="Lint findings">
      <Typography variant="h6" component="h3">
        Lint findings
      </Typography>
      {!lint.valid && (
        <Alert severity="error">
          The EPP ({lint.dialect}) would reject this config: {errors}{' '}
          {errors === 1 ? 'error' : 'errors'}.
        </Alert>
      )}
      {lint.diagnostics.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No lint findings ({lint.dialect}).
        </Typography>
      ) : (
        <List dense disablePadding>
          {lint.diagnostics.map((d, i) => {
            const key = severityKey(d);
            const { label, Icon } = SEVERITY[key];
            return (
              <ListItem
                key={`${d.code}-${d.path}-${i}`}
                alignItems="flex-start"
                disableGutters
              >
                <ListItemIcon>
                  <Icon className={classes[key]} aria-hidden />
                </ListItemIcon>
                <ListItemText
                  primary={
                    <>
                      <strong>{label}</strong> · <code>{d.code}</code> ·{' '}
                      {whereText(d)}
                      <br />
                      {d.message}
                    </>
                  }
                  secondary={d.explanation}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </section>
  );
}
