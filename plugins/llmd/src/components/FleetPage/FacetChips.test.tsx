import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FacetChips } from './FacetChips';

describe('FacetChips', () => {
  it('shows the 10 largest values as chips and the rest in a drop-down', async () => {
    const counts = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`team-${i}`, 20 - i]),
    );
    const onSelect = jest.fn();
    render(
      <FacetChips
        label="Tenant"
        counts={counts}
        selected="team-11"
        onSelect={onSelect}
      />,
    );
    const group = screen.getByRole('group', { name: 'Filter by tenant' });
    const chips = within(group).getAllByRole('button');
    // the selected value keeps its chip even when it is not among the largest
    expect(chips.map(chip => chip.textContent)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `team-${i} (${20 - i})`),
      'team-11 (9)',
    ]);
    expect(chips[10]).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(chips[10]);
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
    await userEvent.selectOptions(
      screen.getByLabelText('More tenant values (2)'),
      'team-10',
    );
    expect(onSelect).toHaveBeenLastCalledWith('team-10');
  });
});
