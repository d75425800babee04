/** An HTTP status reported inside a watch stream (an `ERROR` event carrying a `Status`). */
export class KubeStatusError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'KubeStatusError';
  }
}
