import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';
import { renderEppPreset } from './eppPresets';

// Issue 22 (5): keys named like Object.prototype members passed the linter because tables were plain objects
// indexed with `table[key]`; each must be reported like any other unknown key, wherever it appears.
const PROTOTYPE_KEYS = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
];

const base = renderEppPreset('default', 'router-v0.10').yaml;

const lint = (text: string) =>
  lintEndpointPickerConfig(text, { dialect: 'router-v0.10' }).diagnostics.map(
    d => `${d.code} ${d.path}`,
  );

describe('lintEndpointPickerConfig with keys named like Object.prototype members', () => {
  it('accepts the base config', () => {
    expect(lint(base)).toEqual([]);
  });

  it.each(PROTOTYPE_KEYS)('reports a top-level `%s` as unknown', key => {
    expect(lint(`${base}${key}: 1\n`)).toEqual([`unknown-field ${key}`]);
  });

  it.each(PROTOTYPE_KEYS)('reports `%s` in a plugin entry as unknown', key => {
    const text = base.replace(
      '  - type: load-aware-scorer\n',
      `  - type: load-aware-scorer\n    ${key}: 1\n`,
    );
    expect(lint(text)).toEqual([`unknown-field plugins[2].${key}`]);
  });

  it.each(PROTOTYPE_KEYS)('reports `%s` in a profile entry as unknown', key => {
    const text = base.replace(
      '      - pluginRef: max-score-picker\n',
      `      - pluginRef: max-score-picker\n        ${key}: 1\n`,
    );
    expect(lint(text)).toEqual([
      `unknown-field schedulingProfiles[0].plugins[2].${key}`,
    ]);
  });

  it.each(PROTOTYPE_KEYS)('reports the parameter `%s` as unknown', key => {
    const text = base.replace(
      '  - type: load-aware-scorer\n',
      `  - type: load-aware-scorer\n    parameters:\n      ${key}: 1\n`,
    );
    expect(lint(text)).toEqual([
      `unknown-parameter plugins[2].parameters.${key}`,
    ]);
  });

  it.each(PROTOTYPE_KEYS)(
    'reports the plugin type `%s` as unregistered, without a hint from Object.prototype',
    key => {
      const result = lintEndpointPickerConfig(
        `${base}`.replace('type: load-aware-scorer', `type: ${key}`),
        { dialect: 'router-v0.10' },
      );
      const [unknown] = result.diagnostics.filter(
        d => d.code === 'unknown-plugin-type',
      );
      expect(unknown.message).toBe(
        `Plugin type \`${key}\` is not registered in router-v0.10.`,
      );
    },
  );
});
