import deprecatedAlphaPlugin from './alpha';
import llmdPlugin from './index';

// The new frontend system's plugin, as apps discover it (`app.packages: all`) and the dev portal lists it.
describe('new frontend system plugin', () => {
  it('provides the API, the fleet page, the Model serving tab and two cards', () => {
    expect(llmdPlugin.pluginId).toBe('llmd');
    for (const id of [
      'api:llmd',
      'page:llmd',
      'entity-content:llmd/model-serving',
      'entity-card:llmd/model-serving',
      'entity-card:llmd/routing-profile',
    ]) {
      expect(llmdPlugin.getExtension(id as never)).toBeDefined();
    }
  });

  it('is also the default export of the deprecated ./alpha entry', () => {
    expect(deprecatedAlphaPlugin).toBe(llmdPlugin);
  });
});
