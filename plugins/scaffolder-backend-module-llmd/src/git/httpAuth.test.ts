import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { httpAuthFor } from './httpAuth';

const integrations = ScmIntegrations.fromConfig(
  new ConfigReader({
    integrations: {
      github: [
        {
          host: 'github.example.com',
          apiBaseUrl: 'https://github.example.com/api/v3',
          token: 'gh',
        },
      ],
      gitlab: [
        {
          host: 'gitlab.example.com',
          apiBaseUrl: 'https://gitlab.example.com/api/v4',
          token: 'gl',
        },
      ],
      gitea: [{ host: 'gitea.example.com', username: 'bot', password: 'gt' }],
    },
  }),
);

describe('httpAuthFor', () => {
  it.each([
    [
      'https://github.example.com/o/r.git',
      { username: 'x-access-token', password: 'gh' },
    ],
    [
      'https://gitlab.example.com/o/r.git',
      { username: 'oauth2', password: 'gl' },
    ],
    ['https://gitea.example.com/o/r.git', { username: 'bot', password: 'gt' }],
    ['http://127.0.0.1:8080/r.git', { username: '', password: '' }],
  ])('uses the integration matching %s', (url, auth) => {
    expect(httpAuthFor(integrations, url)).toEqual({ url, auth });
  });

  it('prefers credentials in the URL, and strips them from it', () => {
    expect(
      httpAuthFor(integrations, 'https://me:p%40ss@gitlab.example.com/o/r.git'),
    ).toEqual({
      url: 'https://gitlab.example.com/o/r.git',
      auth: { username: 'me', password: 'p@ss' },
    });
  });
});
