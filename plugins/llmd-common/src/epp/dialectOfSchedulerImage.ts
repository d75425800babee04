import type { EppDialectId } from './eppDialects';

/** What an EPP image reference says about its version. */
export interface SchedulerImageTag {
  /** The image as written. */
  readonly image: string;
  /** The tag (`v0.7.1`); undefined for an untagged or digest-only reference. */
  readonly tag?: string;
  /** The dialect of that tag's code, when the repository and tag are known ones. */
  readonly dialect?: EppDialectId;
}

/*
 * Tags per dialect (DIALECT-FACTS Part 1 "Which GIE each dialect uses"): llm-d-inference-scheduler v0.2.x, v0.3.x,
 * v0.5.x, v0.6.x, v0.7.x (cmd/epp/main.go@S each tag) and llm-d-router v0.9.x, v0.10.x (cmd/epp/main.go@R v0.9.0,
 * v0.10.0). Other minors (v0.4, v0.8, later ones) have no dialect table, so their tag decides nothing.
 */
const SCHEDULER_MINORS: Readonly<Record<string, EppDialectId>> = {
  '0.2': 'scheduler-v0.2',
  '0.3': 'scheduler-v0.3',
  '0.5': 'scheduler-v0.5',
  '0.6': 'scheduler-v0.6',
  '0.7': 'scheduler-v0.7',
};
const ROUTER_MINORS: Readonly<Record<string, EppDialectId>> = {
  '0.9': 'router-v0.9',
  '0.10': 'router-v0.10',
};

/** Splits `registry/path/name:tag@digest` into the last path segment and the tag. */
function nameAndTag(image: string): { name: string; tag?: string } {
  const withoutDigest = image.split('@')[0];
  const lastSlash = withoutDigest.lastIndexOf('/');
  const last = withoutDigest.slice(lastSlash + 1);
  const colon = last.indexOf(':');
  return colon < 0
    ? { name: last }
    : { name: last.slice(0, colon), tag: last.slice(colon + 1) };
}

/**
 * Reads the tag of an EPP image and maps it to a dialect when the image is llm-d-inference-scheduler or llm-d-router
 * (any registry, downstream names containing those too) and the tag names a version with a dialect table
 * (`v0.7.1`, `0.7.1`, `v0.7.1-rc.2`).
 */
export function dialectOfSchedulerImage(image: string): SchedulerImageTag {
  const { name, tag } = nameAndTag(image.trim());
  if (!tag) return { image };
  const minor = /^v?(\d+)\.(\d+)(?:[.-]|$)/.exec(tag);
  if (!minor) return { image, tag };
  const key = `${Number(minor[1])}.${Number(minor[2])}`;
  let dialect: EppDialectId | undefined;
  if (name.includes('llm-d-router')) dialect = ROUTER_MINORS[key];
  else if (name.includes('llm-d-inference-scheduler')) {
    dialect = SCHEDULER_MINORS[key];
  }
  return { image, tag, ...(dialect && { dialect }) };
}
