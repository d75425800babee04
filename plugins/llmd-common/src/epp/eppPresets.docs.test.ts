import fs from 'node:fs';
import path from 'node:path';
import { EPP_DIALECT_IDS } from './eppDialects';
import { EppPresetNotExpressibleError } from './EppPresetNotExpressibleError';
import { EPP_PRESET_IDS, renderEppPreset } from './eppPresets';

// docs/render.md shows, per preset and dialect, the plugins the renderer writes; generated from the code here so it
// cannot drift (UPDATE_GOLDEN=1 rewrites the section, then run prettier on the file).
const docsPath = path.resolve(
  require.resolve('@llmd/plugin-llmd-common/package.json'),
  '../../../docs/render.md',
);
const START = '<!-- epp-preset-dialect-table:start -->';
const END = '<!-- epp-preset-dialect-table:end -->';

type Entry = { type: string; name?: string; parameters?: unknown };
type Profile = {
  name: string;
  plugins: { pluginRef: string; weight?: number }[];
};

function flatParameters(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [`${prefix}=${String(value)}`];
  }
  return Object.entries(value).flatMap(([key, item]) =>
    flatParameters(item, prefix ? `${prefix}.${key}` : key),
  );
}

function pluginCell(plugins: Entry[]): string {
  return plugins
    .map(p =>
      p.parameters
        ? `${p.type} (${flatParameters(p.parameters).join(', ')})`
        : p.type,
    )
    .join(', ');
}

function profileCell(profiles: Profile[]): string {
  return profiles
    .map(
      profile =>
        `${profile.name}: ${profile.plugins
          .map(e =>
            e.weight === undefined
              ? e.pluginRef
              : `${e.pluginRef} ×${e.weight}`,
          )
          .join(', ')}`,
    )
    .join('; ');
}

function row(preset: (typeof EPP_PRESET_IDS)[number], dialect: string): string {
  try {
    const { config } = renderEppPreset(preset, dialect as never);
    return `| ${preset} | ${dialect} | ${pluginCell(
      config.plugins as Entry[],
    )} | ${profileCell(config.schedulingProfiles as Profile[])} |`;
  } catch (error) {
    if (!(error instanceof EppPresetNotExpressibleError)) throw error;
    return `| ${preset} | ${dialect} | not expressible: ${error.message.replace(
      /\|/g,
      '\\|',
    )} | |`;
  }
}

function table(): string {
  return [
    '| preset | dialect | plugins (declaration order, parameters) | profiles (entries, weights) |',
    '| --- | --- | --- | --- |',
    ...EPP_PRESET_IDS.flatMap(preset =>
      EPP_DIALECT_IDS.map(d => row(preset, d)),
    ),
  ].join('\n');
}

const normalize = (text: string) =>
  text
    .split('\n')
    .map(line => line.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---').trim())
    .filter(Boolean)
    .join('\n');

describe('docs/render.md preset × dialect table', () => {
  it('matches the presets the code renders (prefill-decode at its default threshold 500)', () => {
    const docs = fs.readFileSync(docsPath, 'utf8');
    if (process.env.UPDATE_GOLDEN === '1') {
      const start = docs.indexOf(START);
      const end = docs.indexOf(END);
      fs.writeFileSync(
        docsPath,
        `${docs.slice(0, start + START.length)}\n\n${table()}\n\n${docs.slice(
          end,
        )}`,
      );
    }
    const current = fs.readFileSync(docsPath, 'utf8');
    const section = current.slice(
      current.indexOf(START) + START.length,
      current.indexOf(END),
    );
    expect(normalize(section)).toEqual(normalize(table()));
  });
});
