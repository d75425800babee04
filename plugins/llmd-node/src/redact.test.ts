import { redact } from './redact';

describe('redact', () => {
  it('redacts secrets, authorization values and URL credentials', () => {
    const text = redact(
      'failed with token super-secret-token at https://user:pw@host/ (Authorization: Bearer abc.def)',
      ['super-secret-token'],
    );
    expect(text).not.toContain('super-secret-token');
    expect(text).not.toContain('user:pw');
    expect(text).not.toContain('abc.def');
    expect(text).toContain('[redacted]');
  });
});
