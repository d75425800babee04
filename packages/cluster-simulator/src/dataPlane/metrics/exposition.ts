/**
 * The type of a metric family in the Prometheus text format.
 *
 * @public
 */
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary';

/**
 * One sample line: the full series name (with `_bucket`, `_sum`, `_count`, `_total`, ...), its labels, its value.
 *
 * @public
 */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * A `# HELP` / `# TYPE` block and its samples, in the order they are exposed.
 *
 * @public
 */
export interface MetricFamily {
  name: string;
  help: string;
  type: MetricType;
  samples: MetricSample[];
}

/**
 * Whose client library wrote the exposition: vLLM is Python (`prometheus_client`: floats always with a fraction,
 * `1.0`, every label sorted with `le` among them), the EPP is Go (`client_golang`: `1`, labels sorted, `le` last).
 *
 * @public
 */
export type ExpositionStyle = 'python' | 'go';

/** Both libraries switch to an exponent from 1e6 on (`1.7840234492971e+09`); below, plain decimals. */
function withGoExponent(text: string, value: number): string {
  if (value <= 0 || text.includes('e')) return text;
  const dot = text.includes('.') ? text.indexOf('.') : text.length;
  if (dot <= 6) return text;
  const digits = `${text.slice(1, dot)}${text.slice(dot + 1)}`.replace(
    /0+$/,
    '',
  );
  const mantissa = digits ? `${text[0]}.${digits}` : text[0];
  return `${mantissa}e+${String(dot - 1).padStart(2, '0')}`;
}

/** A sample value (or `le` bound) as the given library prints it. */
export function formatValue(value: number, style: ExpositionStyle): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (Number.isNaN(value)) return 'NaN';
  let text = String(value);
  if (style === 'python' && Number.isInteger(value) && !text.includes('e')) {
    text = `${text}.0`;
  }
  return withGoExponent(text, value);
}

function escapeLabelValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/"/g, '\\"');
}

function labelText(
  labels: Record<string, string>,
  style: ExpositionStyle,
): string {
  const keys = Object.keys(labels).sort();
  if (style === 'go' && 'le' in labels) {
    keys.splice(keys.indexOf('le'), 1);
    keys.push('le');
  }
  if (!keys.length) return '';
  const pairs = keys.map(k => `${k}="${escapeLabelValue(labels[k])}"`);
  return `{${pairs.join(',')}}`;
}

/** Renders metric families in the Prometheus text exposition format 0.0.4. */
export function renderExposition(
  families: readonly MetricFamily[],
  style: ExpositionStyle,
): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${family.help}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      lines.push(
        `${sample.name}${labelText(sample.labels, style)} ${formatValue(
          sample.value,
          style,
        )}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The content type Prometheus expects for the text format. */
export const EXPOSITION_CONTENT_TYPE =
  'text/plain; version=0.0.4; charset=utf-8';
