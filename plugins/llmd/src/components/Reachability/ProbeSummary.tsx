import type {
  ModelProbeResult,
  ProbeRequestResult,
} from '@llmd/plugin-llmd-common';
import Typography from '@material-ui/core/Typography';

function requestText(request: ProbeRequestResult): string {
  const outcome =
    request.status !== undefined
      ? `HTTP ${request.status}`
      : `failed (${request.error ?? 'no answer'})`;
  const models = request.models?.length
    ? `, lists ${request.models.join(', ')}`
    : '';
  return `${outcome} in ${Math.round(request.latencyMs)} ms${models}`;
}

/** Props of {@link ProbeSummary}. */
export interface ProbeSummaryProps {
  readonly probe: ModelProbeResult;
}

/**
 * The last active probe: when, which URL, and the status and latency of the anonymous and the authenticated
 * request. The token the backend minted for it never reaches the browser.
 */
export function ProbeSummary({ probe }: ProbeSummaryProps) {
  return (
    <div role="group" aria-label="Last probe">
      <Typography variant="body2">
        Last probe {new Date(probe.probedAt).toLocaleString()}: GET{' '}
        <code>{probe.url}</code>
      </Typography>
      <Typography variant="body2" component="ul" style={{ margin: 0 }}>
        <li>Without a token: {requestText(probe.anonymous)}</li>
        <li>
          With a short-lived token:{' '}
          {probe.authenticated
            ? requestText(probe.authenticated)
            : 'not sent (auth is off or no token could be minted)'}
        </li>
      </Typography>
    </div>
  );
}
