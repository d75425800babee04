import type { PreflightCheckId } from '@llmd/plugin-llmd-common';

/** What each preflight check is called on screen. */
export const PREFLIGHT_CHECK_NAMES: Record<PreflightCheckId, string> = {
  'crd-llminferenceservice': 'LLMInferenceService CRD',
  'crd-llminferenceserviceconfig': 'LLMInferenceServiceConfig CRD',
  'crd-gateway-api': 'Gateway API CRDs',
  'crd-inferencepool': 'InferencePool CRD',
  'crd-authpolicy': 'Kuadrant AuthPolicy CRD',
  'crd-leaderworkerset': 'LeaderWorkerSet CRD',
  'crd-metallb': 'MetalLB CRDs',
  gatewayclasses: 'GatewayClasses accepted',
  gateways: 'Gateways programmed, with an address',
  'scheduler-template': 'Scheduler template',
};
