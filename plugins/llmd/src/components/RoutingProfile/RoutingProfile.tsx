import type {
  ModelEppConfig,
  SchedulerEppDialect,
} from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { describeEppDialect, describeEppSource } from './describeEppSource';
import { BuiltInEppConfig } from './BuiltInEppConfig';
import { EppLintFindings } from './EppLintFindings';
import { EppPicture } from './EppPicture';
import { RawConfigAccordion } from './RawConfigAccordion';
import { SchedulerDialectSummary } from './SchedulerDialectSummary';

/** Props of {@link RoutingProfile}. */
export interface RoutingProfileProps {
  /** The resolved, linted and described EndpointPickerConfig of one cluster's model. */
  readonly epp: ModelEppConfig;
  /** The scheduler version the model's EPP runs, with its evidence (from the backend's detection). */
  readonly eppDialect?: SchedulerEppDialect;
}

/**
 * Why there is no text to draw: the EPP's own default (drawn when the backend knows it for the scheduler version,
 * or the error of a version that cannot start without a config), or a config that could not be read.
 */
function MissingText({ epp }: RoutingProfileProps) {
  if (epp.builtIn) {
    return (
      <>
        <BuiltInEppConfig builtIn={epp.builtIn} dialect={epp.dialect} />
        {epp.note && (
          <Typography variant="body2" color="textSecondary">
            {epp.note}
          </Typography>
        )}
      </>
    );
  }
  const builtIn = epp.source === 'controller-default' && !epp.configMap;
  return (
    <Alert severity={builtIn ? 'info' : 'warning'}>
      {builtIn
        ? 'The EPP runs its built-in default configuration, which the cluster does not publish, so there is no config to draw.'
        : 'The EndpointPickerConfig text could not be read, so there is no config to draw.'}
      {epp.note && ` ${epp.note}`}
    </Alert>
  );
}

/**
 * A model's EndpointPicker (EPP) config drawn as a picture: where it comes from and its dialect, the profile handler
 * (with the P/D threshold for disaggregating handlers), each scheduling profile as a Filter → Score → Pick pipeline,
 * the lint findings and the raw YAML. Handles configs without text (built-in default, unreadable ConfigMap) and text
 * that cannot be drawn (shown with its lint errors).
 * @public
 */
export function RoutingProfile({ epp, eppDialect }: RoutingProfileProps) {
  const description = epp.description;
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <div>
        <Typography variant="body2">
          <strong>Source:</strong> {describeEppSource(epp)}
        </Typography>
        {/* the scheduler line says it when the config is read with the scheduler's own dialect */}
        {(!eppDialect || epp.dialect !== eppDialect.id) && (
          <Typography variant="body2">
            <strong>Dialect:</strong> {describeEppDialect(epp)}
          </Typography>
        )}
        {eppDialect && <SchedulerDialectSummary eppDialect={eppDialect} />}
        {epp.note && epp.text !== undefined && (
          <Typography variant="body2" color="textSecondary">
            {epp.note}
          </Typography>
        )}
      </div>
      {epp.text === undefined && <MissingText epp={epp} />}
      {epp.text !== undefined && !description && (
        <Alert severity="error">
          This text is not a readable EndpointPickerConfig, so it cannot be
          drawn; see the lint findings and the raw YAML.
        </Alert>
      )}
      {description && <EppPicture description={description} />}
      {epp.lint && <EppLintFindings lint={epp.lint} />}
      {epp.text !== undefined && <RawConfigAccordion text={epp.text} />}
    </Box>
  );
}
