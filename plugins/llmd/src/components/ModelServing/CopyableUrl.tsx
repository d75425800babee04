import { CopyTextButton } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/** Props of {@link CopyableUrl}. */
export interface CopyableUrlProps {
  /** What the URL is, as the copy button names it: "base URL", "chat URL". */
  readonly label: string;
  readonly url: string;
}

/** A URL in monospace with a copy button; the URL is text, not a link, since opening it in a browser gets a 401/404. */
export function CopyableUrl({ label, url }: CopyableUrlProps) {
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      <Typography
        variant="body2"
        component="code"
        style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
      >
        {url}
      </Typography>
      <CopyTextButton text={url} aria-label={`Copy ${label}`} />
    </Box>
  );
}
