import type { SchedulerEppDialect } from '../api';
import { dialectOfSchedulerImage } from '../epp/dialectOfSchedulerImage';
import type { EppDialectId } from '../epp/eppDialects';
import {
  type SchedulerFlagEvidence,
  schedulerFlagSpelling,
} from '../epp/schedulerFlagSpelling';

/**
 * The image and arguments of a scheduler container `main`, as a template or a model sets them.
 *
 * @public
 */
export interface SchedulerContainerFacts {
  readonly image?: string;
  readonly args?: readonly string[];
}

const listed = (flags: readonly string[]) =>
  flags.slice(0, 4).join(', ') + (flags.length > 4 ? ', …' : '');

/** What the flag spelling alone says, as a dialect and a sentence; undefined for no or mixed runner flags. */
function dialectOfFlags(
  flags: SchedulerFlagEvidence,
): { id: EppDialectId; evidence: string } | undefined {
  // runner.go@G v0.5.0 (S v0.2.0) defines the camelCase flags; runner.go@G v1.0.0 (S v0.3.0) on the kebab-case ones
  if (flags.spelling === 'camelCase') {
    return {
      id: 'scheduler-v0.2',
      evidence: `camelCase flags (${listed(
        flags.camelCase,
      )}): only llm-d-inference-scheduler v0.2 (GIE v0.5.0) defines them.`,
    };
  }
  if (flags.spelling === 'kebab-case') {
    return {
      id: 'scheduler-v0.3',
      evidence: `kebab-case flags (${listed(
        flags.kebabCase,
      )}): defined from llm-d-inference-scheduler v0.3 (GIE v1.0.0) on, so the scheduler is v0.3 or newer.`,
    };
  }
  return undefined;
}

/** Whether a dialect's binary accepts flags of that spelling. */
function acceptsSpelling(id: EppDialectId, flags: SchedulerFlagEvidence) {
  if (flags.spelling === 'mixed') return false;
  return (id === 'scheduler-v0.2') === (flags.spelling === 'camelCase');
}

/**
 * The dialect a scheduler container runs, from its image tag and the spelling of its flags; undefined when neither
 * decides. The tag is believed only when the flags agree with it: OpenShift AI's template names image tag v0.2.0 but
 * passes kebab-case flags that v0.2.0 does not define (DIALECT-FACTS Part 3), so there the flags win and the conflict
 * is reported.
 *
 * @public
 */
export function dialectOfScheduler(
  facts: SchedulerContainerFacts,
): Omit<SchedulerEppDialect, 'scheduler'> | undefined {
  const image = facts.image ? dialectOfSchedulerImage(facts.image) : undefined;
  const flags = schedulerFlagSpelling(facts.args ?? []);
  const fromFlags = flags && dialectOfFlags(flags);
  const evidence: string[] = [];
  if (image?.dialect) {
    evidence.push(
      `Image ${image.image}: tag ${image.tag} is a ${image.dialect} release.`,
    );
  } else if (image) {
    evidence.push(
      image.tag
        ? `Image ${image.image}: tag ${image.tag} names no version with a dialect table.`
        : `Image ${image.image} has no tag.`,
    );
  }
  if (fromFlags) evidence.push(`Arguments: ${fromFlags.evidence}`);
  else if (flags?.spelling === 'mixed') {
    evidence.push(
      `Arguments mix camelCase (${listed(
        flags.camelCase,
      )}) and kebab-case (${listed(
        flags.kebabCase,
      )}) flags, which no version defines together.`,
    );
  }
  if (image?.dialect && (!flags || acceptsSpelling(image.dialect, flags))) {
    return {
      id: image.dialect,
      source: 'image-tag',
      summary: `${image.dialect} — from image tag ${image.tag}`,
      evidence,
    };
  }
  if (!fromFlags) return undefined;
  const summary = `${fromFlags.id}${
    fromFlags.id === 'scheduler-v0.2' ? '' : ' or newer'
  } — from its ${flags!.spelling} flags`;
  if (!image?.dialect) {
    return { id: fromFlags.id, source: 'flags', summary, evidence };
  }
  return {
    id: fromFlags.id,
    source: 'flags',
    summary: `${summary} (image tag ${image.tag} contradicts them)`,
    evidence,
    conflict: `Image tag ${image.tag} names ${
      image.dialect
    }, but that version does not define the ${
      flags!.spelling
    } flags the template passes: the tag is not the version (the image is usually replaced at install time), so the flags decide.`,
  };
}
