import type { ModelBuiltInEppConfig } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { EppPicture } from './EppPicture';
import { RawConfigAccordion } from './RawConfigAccordion';

/** Props of {@link BuiltInEppConfig}. */
export interface BuiltInEppConfigProps {
  readonly builtIn: ModelBuiltInEppConfig;
  /** The dialect of the scheduler (what decides the built-in behaviour). */
  readonly dialect: string;
}

/**
 * What the EPP runs when nothing passes it a config: the loader's default pipeline, drawn and marked "built-in
 * default", or — for versions that need a config — the error that it cannot start.
 */
export function BuiltInEppConfig({ builtIn, dialect }: BuiltInEppConfigProps) {
  if (builtIn.kind === 'cannot-start') {
    return (
      <Alert severity="error">
        This scheduler version ({dialect}) cannot start without a config.{' '}
        {builtIn.diagnostic.message}
      </Alert>
    );
  }
  return (
    <Box
      role="group"
      aria-label="Built-in default pipeline"
      display="flex"
      flexDirection="column"
      style={{ gap: 8 }}
    >
      <Alert severity="info">
        No config is passed to the EPP, so it runs the built-in default of{' '}
        {dialect}, drawn below.
      </Alert>
      <div>
        <Chip size="small" color="primary" label="built-in default" />
      </div>
      {builtIn.description && <EppPicture description={builtIn.description} />}
      {builtIn.notes.map(note => (
        <Typography key={note} variant="caption" color="textSecondary">
          {note}
        </Typography>
      ))}
      <RawConfigAccordion text={builtIn.text} />
    </Box>
  );
}
