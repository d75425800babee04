import type { ModelEppConfig } from '@llmd/plugin-llmd-common';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configMapEpp,
  controllerDefaultEpp,
  inlineEpp,
  graniteWithoutEppConfig,
  onOpenShiftAiCluster,
  pdExampleEpp,
  readEppReference,
  resolveEpp,
} from './__testUtils__/eppFixtures';
import { RoutingProfile } from './RoutingProfile';

const pipeline = (name: string) =>
  screen.getByRole('group', {
    name: `Scheduling profile ${name}: Filter → Score → Pick`,
  });

/** The percentage the bar of a scorer should show, from the described share. */
const percentOf = (epp: ModelEppConfig, profile: string, scorer: string) =>
  Math.round(
    epp
      .description!.profiles.find(p => p.name === profile)!
      .scorers.find(s => s.name === scorer)!.share * 100,
  );

describe('RoutingProfile', () => {
  it('draws the P/D example as two Filter → Score → Pick pipelines with the handler and its threshold', async () => {
    const epp = pdExampleEpp();
    await renderInTestApp(<RoutingProfile epp={epp} />);

    expect(
      screen.getByText(
        '--config-text of scheduler container main of LLMInferenceService team-a/llama-3-1-8b-pd',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('scheduler-v0.2 (cluster default)'),
    ).toBeInTheDocument();

    const handler = screen.getByRole('group', { name: 'Profile handler' });
    expect(within(handler).getByText('pd-profile-handler')).toBeInTheDocument();
    expect(
      within(handler).getByText(epp.description!.routing),
    ).toBeInTheDocument();
    expect(
      within(handler).getByTestId('pd-threshold-prefill'),
    ).toHaveTextContent(
      'P/D threshold: Prefill (profile “prefill”) runs when more than 500 prompt tokens are not already cached (threshold of pd-profile-handler: 500).',
    );

    const groups = screen.getAllByRole('group', {
      name: /^Scheduling profile /,
    });
    expect(groups.map(g => g.getAttribute('aria-label'))).toEqual([
      'Scheduling profile prefill: Filter → Score → Pick',
      'Scheduling profile decode: Filter → Score → Pick',
    ]);

    const decode = pipeline('decode');
    for (const stage of ['Filter', 'Score', 'Pick']) {
      expect(
        within(decode).getByRole('region', { name: stage }),
      ).toBeInTheDocument();
    }
    expect(within(decode).getByText('decode-filter')).toBeInTheDocument();
    expect(within(decode).getByText('max-score-picker')).toBeInTheDocument();
    const prefixPercent = percentOf(epp, 'decode', 'prefix-cache-scorer');
    const loadPercent = percentOf(epp, 'decode', 'load-aware-scorer');
    expect([prefixPercent, loadPercent]).toEqual([67, 33]);
    const bars = within(decode).getAllByRole('meter');
    expect(
      bars.map(b => [
        b.getAttribute('aria-label'),
        b.getAttribute('aria-valuenow'),
      ]),
    ).toEqual([
      [
        `prefix-cache-scorer: ${prefixPercent}% of the score`,
        String(prefixPercent),
      ],
      [`load-aware-scorer: ${loadPercent}% of the score`, String(loadPercent)],
    ]);
    expect(
      within(decode).getByText(
        `prefix-cache-scorer weight 2 · ${prefixPercent}%`,
      ),
    ).toBeInTheDocument();
    expect(
      within(pipeline('prefill')).getByText(
        'load-aware-scorer weight 1 · 100%',
      ),
    ).toBeInTheDocument();

    expect(
      screen.getByText('No lint findings (scheduler-v0.2).'),
    ).toBeInTheDocument();
  });

  it('shows plugin descriptions as tooltips', async () => {
    await renderInTestApp(<RoutingProfile epp={pdExampleEpp()} />);
    await userEvent.hover(
      within(pipeline('decode')).getByText('decode-filter'),
    );
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Keeps decode pods',
    );
  });

  it('lists lint findings with severity, code, where, message and explanation', async () => {
    // a real llm-d-router HEAD config, but for a scheduler-v0.2 cluster: the old EPP rejects it
    const epp = inlineEpp(
      readEppReference('llm-d-router-HEAD/pd-epp-config.yaml'),
      'scheduler-v0.2',
    );
    await renderInTestApp(<RoutingProfile epp={epp} />);
    const findings = screen.getByRole('region', { name: 'Lint findings' });
    const errors = epp.lint!.diagnostics.filter(
      d => d.severity === 'error',
    ).length;
    expect(
      within(findings).getByText(
        `The EPP (scheduler-v0.2) would reject this config: ${errors} errors.`,
      ),
    ).toBeInTheDocument();
    const items = within(findings).getAllByRole('listitem');
    expect(items).toHaveLength(epp.lint!.diagnostics.length);
    const handlerFinding = items.find(i =>
      i.textContent?.includes('plugins[6].type'),
    )!;
    expect(handlerFinding).toHaveTextContent(
      'Error · unknown-plugin-type · plugins[6].type, line 14:3',
    );
    expect(handlerFinding).toHaveTextContent(
      'Plugin type `disagg-profile-handler` is not registered in scheduler-v0.2',
    );
    expect(handlerFinding).toHaveTextContent(
      'plugin type is not found in registry',
    );
    expect(items.find(i => i.textContent?.startsWith('Warning'))).toBeDefined();
    // still drawn: the typed view exists even when the loader would reject it
    expect(pipeline('decode')).toBeInTheDocument();
  });

  it('keeps the raw YAML collapsed until asked for', async () => {
    const epp = pdExampleEpp();
    await renderInTestApp(<RoutingProfile epp={epp} />);
    const summary = screen.getByRole('button', {
      name: /Raw EndpointPickerConfig/,
    });
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    // unmounted while closed
    expect(
      screen.queryByRole('region', { name: /Raw EndpointPickerConfig/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(summary);
    expect(summary).toHaveAttribute('aria-expanded', 'true');
    const raw = await screen.findByRole('region', {
      name: /Raw EndpointPickerConfig/,
    });
    // the highlighter loads lazily and splits the YAML into tokens, so wait for the text content
    await waitFor(() => expect(raw.textContent).toContain('threshold: 500'));
    expect(raw.textContent).toContain('kind: EndpointPickerConfig');
    expect(
      within(raw).getByRole('button', { name: /copy/i }),
    ).toBeInTheDocument();
  });

  it('explains a controller default without text: a version that cannot start without a config', async () => {
    const epp = controllerDefaultEpp();
    await renderInTestApp(<RoutingProfile epp={epp} />);
    expect(
      screen.getByText('Controller default (no EPP configuration set)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /This scheduler version \(scheduler-v0.2\) cannot start without a config\./,
      ),
    ).toHaveTextContent('it panics with a nil-pointer dereference at startup');
    expect(screen.getByText(epp.note!)).toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: /^Scheduling profile/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Raw EndpointPickerConfig/ }),
    ).not.toBeInTheDocument();
  });

  it('draws the built-in default pipeline of a version that has one, marked as such', async () => {
    const epp = resolveEpp(
      graniteWithoutEppConfig(),
      undefined,
      'router-v0.10',
    );
    await renderInTestApp(<RoutingProfile epp={epp} />);
    const builtIn = screen.getByRole('group', {
      name: 'Built-in default pipeline',
    });
    expect(within(builtIn).getByText('built-in default')).toBeInTheDocument();
    expect(
      within(builtIn).getByText(/runs the built-in default of router-v0.10/),
    ).toBeInTheDocument();
    const profile = within(builtIn).getByRole('group', {
      name: 'Scheduling profile default: Filter → Score → Pick',
    });
    expect(profile).toHaveTextContent(
      'scores them by queue-scorer (29%), kv-cache-utilization-scorer (29%), prefix-cache-scorer (43%), and lets max-score-picker choose.',
    );
  });

  it('says which scheduler version runs and why, with the conflict of tag and flags', async () => {
    const { epp, eppDialect } = onOpenShiftAiCluster(graniteWithoutEppConfig());
    await renderInTestApp(<RoutingProfile epp={epp} eppDialect={eppDialect} />);
    expect(
      screen.getByText(
        'scheduler-v0.3 or newer — from its kebab-case flags (image tag v0.2.0 contradicts them)',
      ),
    ).toBeInTheDocument();
    const evidence = screen.getByRole('list', {
      name: 'Scheduler version evidence',
    });
    expect(evidence).toHaveTextContent(
      'Read LLMInferenceServiceConfig redhat-ods-applications/kserve-config-llm-scheduler.',
    );
    expect(screen.getByText(/the tag is not the version/)).toBeInTheDocument();
    expect(
      screen.getByText(/scheduler-v0.3\) cannot start without a config/),
    ).toBeInTheDocument();
  });

  it('says why the text of a ConfigMap could not be read', async () => {
    await renderInTestApp(<RoutingProfile epp={configMapEpp()} />);
    expect(screen.getByText(/could not be read/)).toHaveTextContent(
      'ConfigMap team-a/my-epp is not in the cache.',
    );
  });

  it('shows unparseable text with its lint errors and raw YAML but no picture', async () => {
    const epp = inlineEpp('plugins: [\n', 'router-v0.10');
    await renderInTestApp(<RoutingProfile epp={epp} />);
    expect(
      screen.getByText(/not a readable EndpointPickerConfig/),
    ).toBeInTheDocument();
    const [finding] = within(
      screen.getByRole('region', { name: 'Lint findings' }),
    ).getAllByRole('listitem');
    expect(finding).toHaveTextContent(
      'Error · yaml-syntax · document, line 2:1',
    );
    expect(finding).toHaveTextContent(epp.lint!.diagnostics[0].message);
    expect(
      screen.queryByRole('group', { name: 'Profile handler' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Raw EndpointPickerConfig/ }),
    ).toBeInTheDocument();
  });

  it('draws a profile without scorers and marks the picker the loader adds', async () => {
    const epp = inlineEpp(
      readEppReference('llm-d-router-HEAD/sim-e-p-d-epp-config.yaml'),
      'router-v0.10',
    );
    await renderInTestApp(<RoutingProfile epp={epp} />);
    const encode = pipeline('encode');
    expect(within(encode).queryAllByRole('meter')).toHaveLength(0);
    expect(within(encode).getByText(/No scorers/)).toBeInTheDocument();
    expect(within(encode).getByText('added by the loader')).toBeInTheDocument();
    expect(screen.getByTestId('pd-threshold-encode')).toHaveTextContent(
      'runs when the request carries images, video or audio',
    );
    expect(
      screen.getAllByRole('group', { name: /^Scheduling profile/ }),
    ).toHaveLength(3);
  });

  it('lists the entries a profile names that the scheduler ignores', async () => {
    // the basic HEAD config with a data producer wrongly listed in the profile
    const text = readEppReference('llm-d-router-HEAD/epp-config.yaml')
      .replace(
        '- type: decode-filter\n',
        '- type: decode-filter\n- type: approx-prefix-cache-producer\n',
      )
      .replace(
        '  - pluginRef: decode-filter\n',
        '  - pluginRef: decode-filter\n  - pluginRef: approx-prefix-cache-producer\n',
      );
    const epp = inlineEpp(text, 'router-v0.10');
    expect(epp.description!.profiles[0].ignored).toHaveLength(1);
    await renderInTestApp(<RoutingProfile epp={epp} />);
    expect(screen.getByText(/ignored by the scheduler/)).toHaveTextContent(
      'approx-prefix-cache-producer',
    );
  });
});
