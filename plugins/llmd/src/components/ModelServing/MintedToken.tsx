import { CodeSnippet, CopyTextButton } from '@backstage/core-components';
import type { CreateModelTokenResponse } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { ClientSnippetTabs } from './ClientSnippetTabs';
import { exportTokenLine } from './exportTokenLine';
import { formatDuration } from './formatDuration';

/** Props of {@link MintedToken}. */
export interface MintedTokenProps {
  readonly minted: CreateModelTokenResponse;
  readonly cluster: string;
  /** For the relative expiry; the time the answer arrived. */
  readonly now: Date;
}

/**
 * A freshly minted token, shown this once: the token with a copy button, when it expires, the line exporting it for
 * the snippets, and the snippets themselves (which only reference `$LLMD_TOKEN`).
 */
export function MintedToken({ minted, cluster, now }: MintedTokenProps) {
  const expiresAt = new Date(minted.expiresAt);
  const remaining = Math.round((expiresAt.getTime() - now.getTime()) / 1000);
  return (
    <Box>
      <Alert severity="warning">
        Copy the token now: it is not shown again. The portal keeps no copy, and
        closing this dialog discards it.
      </Alert>
      <Box display="flex" alignItems="center" mt={2} style={{ gap: 8 }}>
        <TextField
          label="Access token"
          value={minted.token}
          fullWidth
          multiline
          maxRows={4}
          variant="outlined"
          InputProps={{ readOnly: true }}
          inputProps={{
            'aria-label': 'Access token',
            spellCheck: false,
            style: { fontFamily: 'monospace', wordBreak: 'break-all' },
          }}
        />
        <CopyTextButton text={minted.token} aria-label="Copy token" />
      </Box>
      <Box mt={1}>
        <Typography variant="body2">
          Valid on cluster <strong>{cluster}</strong> until{' '}
          <time dateTime={minted.expiresAt}>{expiresAt.toLocaleString()}</time>{' '}
          ({remaining > 0 ? `in ${formatDuration(remaining)}` : 'expired'}).
        </Typography>
      </Box>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Use it in your shell
        </Typography>
        <CodeSnippet
          text={exportTokenLine(minted.token)}
          language="bash"
          showCopyCodeButton
        />
      </Box>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Then call the model
          {minted.endpoint
            ? ''
            : ' (no endpoint known yet: placeholder address)'}
        </Typography>
        <ClientSnippetTabs
          snippets={minted.snippets}
          authEnabled
          idPrefix="llmd-token-snippets"
          showAuthNote={false}
        />
      </Box>
    </Box>
  );
}
