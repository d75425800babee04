import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { inlineEpp, readEppReference } from './__testUtils__/eppFixtures';
import { ScorerBars } from './ScorerBars';

describe('ScorerBars', () => {
  it('sizes the bars by share (precise prefix-cache config: weights 2, 1, 1)', async () => {
    const epp = inlineEpp(
      readEppReference(
        'llm-d-router-HEAD/epp-precise-prefix-cache-config.yaml',
      ),
      'router-v0.10',
    );
    const [profile] = epp.description!.profiles;
    expect(profile.scorers.map(s => Math.round(s.share * 100))).toEqual([
      50, 25, 25,
    ]);
    await renderInTestApp(<ScorerBars scorers={profile.scorers} />);
    const bars = screen.getAllByRole('meter');
    expect(bars.map(b => b.getAttribute('aria-valuenow'))).toEqual(
      profile.scorers.map(s => String(Math.round(s.share * 100))),
    );
    expect(bars.map(b => (b.firstChild as HTMLElement).style.width)).toEqual(
      profile.scorers.map(s => `${Math.round(s.share * 100)}%`),
    );
  });

  it('shows a non-positive weight as 0%', async () => {
    await renderInTestApp(
      <ScorerBars
        scorers={[
          {
            name: 'a',
            type: 'queue-scorer',
            description: 'q',
            weight: 3,
            share: 1,
          },
          {
            name: 'b',
            type: 'prefix-cache-scorer',
            description: 'p',
            weight: -1,
            share: 0,
          },
        ]}
      />,
    );
    expect(
      screen.getByText('a (queue-scorer) weight 3 · 100%'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('b (prefix-cache-scorer) weight -1 · 0%'),
    ).toBeInTheDocument();
  });
});
