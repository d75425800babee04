import { CodeSnippet } from '@backstage/core-components';
import type { ClientSnippets } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';

/** Props of {@link ClientSnippetTabs}. */
export interface ClientSnippetTabsProps {
  readonly snippets: ClientSnippets;
  /** With auth on, explain where `$LLMD_TOKEN` comes from. */
  readonly authEnabled: boolean;
  /** Distinguishes the tab ids when several snippet blocks are on one page. */
  readonly idPrefix: string;
  /** Explain auth below the snippets; off where the token was just minted and the export line is right above. */
  readonly showAuthNote?: boolean;
}

const LANGUAGES: ReadonlyArray<{
  readonly key: keyof ClientSnippets;
  readonly label: string;
  readonly language: string;
}> = [
  { key: 'curl', label: 'curl', language: 'bash' },
  { key: 'openaiPython', label: 'Python (OpenAI SDK)', language: 'python' },
  { key: 'openaiJs', label: 'JavaScript (OpenAI SDK)', language: 'javascript' },
];

/**
 * Ready-to-run client snippets, one tab per language. They reference `$LLMD_TOKEN` rather than a token, so they can
 * be shown, copied and pasted into tickets without leaking a credential.
 */
export function ClientSnippetTabs({
  snippets,
  authEnabled,
  idPrefix,
  showAuthNote = true,
}: ClientSnippetTabsProps) {
  const [selected, setSelected] = useState(0);
  const current = LANGUAGES[selected];
  return (
    <Box>
      <Tabs
        aria-label="Client snippet language"
        value={selected}
        onChange={(_event, value: number) => setSelected(value)}
        indicatorColor="primary"
        textColor="primary"
      >
        {LANGUAGES.map((language, index) => (
          <Tab
            key={language.key}
            label={language.label}
            id={`${idPrefix}-tab-${index}`}
            aria-controls={`${idPrefix}-panel`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${selected}`}
        mt={1}
      >
        <CodeSnippet
          text={snippets[current.key]}
          language={current.language}
          showCopyCodeButton
        />
      </Box>
      {showAuthNote && (
        <Box mt={1}>
          <Typography variant="body2" color="textSecondary">
            {authEnabled ? (
              <>
                The snippets read the token from <code>$LLMD_TOKEN</code>: run{' '}
                <code>export LLMD_TOKEN=…</code> with a token from{' '}
                <strong>Get token</strong> first.
              </>
            ) : (
              <>
                Authentication is off for this model, so the snippets send no
                token.
              </>
            )}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
