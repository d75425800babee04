import { exportTokenLine } from './exportTokenLine';

describe('exportTokenLine', () => {
  it('exports the token for the snippets', () => {
    expect(exportTokenLine('abc.def-ghi')).toBe(
      "export LLMD_TOKEN='abc.def-ghi'",
    );
  });

  it('keeps quotes inside the token literal', () => {
    expect(exportTokenLine("a'b")).toBe("export LLMD_TOKEN='a'\\''b'");
  });
});
