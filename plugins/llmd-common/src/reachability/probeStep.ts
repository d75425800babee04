import type { DiagnosisStep, ProbeRequestResult } from '../api';
import { servedModelName } from '../models/modelMetadata';
import type { DiagnosisContext } from './diagnosisContext';

/** One request in words: `401 in 12 ms`, `timeout after 5000 ms`. */
function describe(request: ProbeRequestResult): string {
  const took = `${Math.round(request.latencyMs)} ms`;
  if (request.status === undefined)
    return `failed after ${took}: ${request.error ?? 'no response'}`;
  return `${request.status} in ${took}`;
}

/** Why a response is not the served answer a healthy route gives, undefined when it is an HTTP answer of the model. */
function transportProblem(request: ProbeRequestResult): string | undefined {
  if (request.status === undefined) return 'the request failed';
  if (request.status >= 500)
    return 'the Gateway or the model answered with a server error';
  if (request.status === 404) return 'no route at this URL (404)';
  return undefined;
}

const NETWORK_FIX =
  'fix the first failing step above; if all are ok, check that the URL resolves and is reachable from the portal (DNS, firewall, TLS)';

/** The anonymous request judged against the auth state; undefined when it is what auth says. */
function anonymousIssue(
  context: DiagnosisContext,
  url: string,
  anonymous: ProbeRequestResult,
): Omit<DiagnosisStep, 'id'> | undefined {
  const problem = transportProblem(anonymous);
  if (problem)
    return {
      status: 'fail',
      message: `GET ${url} without a token: ${describe(anonymous)}; ${problem}`,
      fix: NETWORK_FIX,
    };
  const refused = anonymous.status === 401 || anonymous.status === 403;
  if (context.authOn && anonymous.status === 200) {
    return {
      status: 'fail',
      message: `GET ${url} without a token answered 200: auth is on, but the model is open`,
      fix: "make the Gateway check tokens: the model's auth step names the AuthPolicy to fix (Kuadrant and Authorino must enforce it)",
    };
  }
  if (!context.authOn && refused) {
    return {
      status: 'fail',
      message: `GET ${url} without a token answered ${anonymous.status}, but auth is off`,
      fix: "odh-model-controller should create an anonymous AuthPolicy on the model's HTTPRoute; check it runs, or send a token",
    };
  }
  return undefined;
}

/** The authenticated request: 200 listing the served model name. */
function authenticatedOutcome(
  context: DiagnosisContext,
  anonymous: string,
  auth: ProbeRequestResult,
): DiagnosisStep {
  const id = 'probe';
  const served = servedModelName(context.llmInferenceService);
  const refused = auth.status === 401 || auth.status === 403;
  const problem =
    transportProblem(auth) ??
    (auth.status !== 200
      ? `the token was refused (${auth.status})`
      : undefined);
  if (problem) {
    return {
      id,
      status: 'fail',
      message: `${anonymous}; with a token ${describe(auth)}: ${problem}`,
      fix: refused
        ? "the portal's token must be allowed to get the LLMInferenceService (the AuthPolicy's SubjectAccessReview)"
        : NETWORK_FIX,
    };
  }
  if (
    auth.models &&
    !auth.models.some(m => m === served || m.endsWith(`/models/${served}`))
  ) {
    return {
      id,
      status: 'warn',
      message: `${anonymous}; with a token ${describe(
        auth,
      )}, but /v1/models lists ${
        auth.models.join(', ') || 'nothing'
      }, not ${served}`,
      fix: "check spec.model.name and the model server's --served-model-name",
    };
  }
  return {
    id,
    status: 'ok',
    message: `${anonymous}; with a token ${describe(auth)}, serving ${served}`,
  };
}

/** `probe`: the last active probe, judged against the model's auth state. */
export function probeStep(context: DiagnosisContext): DiagnosisStep {
  const id = 'probe';
  const { probe } = context;
  if (!probe) {
    const message = context.probeEnabled
      ? 'not probed yet'
      : 'probing is off for this cluster (llmd.clusters[].probe.enabled)';
    return { id, status: 'skip', message };
  }
  const issue = anonymousIssue(context, probe.url, probe.anonymous);
  if (issue) return { id, ...issue };
  const anonymous = `anonymous ${describe(probe.anonymous)}`;
  if (probe.authenticated)
    return authenticatedOutcome(context, anonymous, probe.authenticated);
  return context.authOn
    ? {
        id,
        status: 'warn',
        message: `${anonymous}; no token could be minted for an authenticated request`,
      }
    : { id, status: 'ok', message: anonymous };
}
