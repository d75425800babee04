import { ApiException } from '@kubernetes/client-node';
import { describeKubeError } from './describeKubeError';
import { statusCodeOf } from './statusCodeOf';

describe('describeKubeError', () => {
  it('keeps only status and message of API exceptions (not headers or the whole body)', () => {
    const error = new ApiException(
      403,
      'Forbidden',
      {
        kind: 'Status',
        message: 'configmaps is forbidden',
        reason: 'Forbidden',
      },
      { 'set-cookie': 'session=abc' },
    );
    expect(describeKubeError(error)).toBe('HTTP 403: configmaps is forbidden');
    expect(statusCodeOf(error)).toBe(403);
  });

  it('describes watch status errors and network errors', () => {
    const watchError = Object.assign(new Error('Unauthorized'), {
      statusCode: 401,
    });
    expect(describeKubeError(watchError)).toBe('HTTP 401: Unauthorized');
    const network = Object.assign(
      new Error(
        'request to https://10.0.0.1:6443/api failed, reason: connect ECONNREFUSED',
      ),
      { code: 'ECONNREFUSED' },
    );
    expect(statusCodeOf(network)).toBeUndefined();
    expect(describeKubeError(network)).toContain('ECONNREFUSED');
  });
});
