/** A Gateway with one HTTP listener on port 80 admitting routes `from` Same (default), All or a label Selector. */
export function gatewayManifest(
  namespace: string,
  name: string,
  options: {
    from?: 'Same' | 'All' | 'Selector';
    selector?: Record<string, unknown>;
    annotations?: Record<string, string>;
  } = {},
) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name, namespace, annotations: options.annotations ?? {} },
    spec: {
      gatewayClassName: 'openshift-ai-inference',
      listeners: [
        {
          name: 'http',
          protocol: 'HTTP',
          port: 80,
          allowedRoutes: {
            namespaces: {
              from: options.from ?? 'Same',
              ...(options.selector ? { selector: options.selector } : {}),
            },
          },
        },
      ],
    },
  };
}
