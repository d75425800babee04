import { MetricFamily, MetricType } from './exposition';

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+\S+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?/g;

function unescape(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

function parseValue(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/**
 * Parses the Prometheus text format into families, each sample under the `# TYPE` block it follows (as both client
 * libraries write it). Small on purpose: enough to compare the simulated pods with the vendored real scrapes and
 * to read values back in tests; not a validator.
 *
 * @throws Error naming the line that is not a comment or a sample
 * @public
 */
export function parseExposition(text: string): MetricFamily[] {
  const families: MetricFamily[] = [];
  const help = new Map<string, string>();
  let current: MetricFamily | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const comment = /^#\s+(HELP|TYPE)\s+(\S+)\s*(.*)$/.exec(line);
    if (comment) {
      const [, keyword, name, rest] = comment;
      if (keyword === 'HELP') help.set(name, rest);
      else {
        current = {
          name,
          help: help.get(name) ?? '',
          type: rest as MetricType,
          samples: [],
        };
        families.push(current);
      }
      return;
    }
    if (line.startsWith('#')) return;
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`line ${i + 1}: not a sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const m of (sample[3] ?? '').matchAll(LABEL)) {
      labels[m[1]] = unescape(m[2]);
    }
    const entry = { name: sample[1], labels, value: parseValue(sample[4]) };
    if (current && sample[1].startsWith(current.name)) {
      current.samples.push(entry);
    } else {
      current = { name: sample[1], help: '', type: 'gauge', samples: [entry] };
      families.push(current);
    }
  });
  return families;
}
