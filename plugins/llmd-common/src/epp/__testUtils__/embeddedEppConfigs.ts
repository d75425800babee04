import { parseAllDocuments } from 'yaml';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collectStrings(
  value: unknown,
  into: { key: string; text: string }[],
  key = '',
) {
  if (typeof value === 'string') {
    if (/^kind:\s*EndpointPickerConfig\s*$/m.test(value))
      into.push({ key, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectStrings(item, into, `${key}[${i}]`));
  } else if (isRecord(value)) {
    for (const [k, item] of Object.entries(value)) {
      collectStrings(item, into, key ? `${key}.${k}` : k);
    }
  }
}

/**
 * Test helper: EndpointPickerConfig texts embedded as string values in YAML (ConfigMap data, Helm values, an
 * LLMInferenceService field), or the document itself when it is an EndpointPickerConfig.
 */
export function embeddedEppConfigs(
  yamlText: string,
): { key: string; text: string }[] {
  const found: { key: string; text: string }[] = [];
  for (const doc of parseAllDocuments(yamlText) as ReturnType<
    typeof parseAllDocuments
  > &
    unknown[]) {
    const value = doc.toJS();
    if (isRecord(value) && value.kind === 'EndpointPickerConfig') {
      found.push({ key: '', text: doc.toString() });
    } else {
      collectStrings(value, found);
    }
  }
  return found;
}
