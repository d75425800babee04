/**
 * Thrown when a preset cannot be expressed in the requested EPP dialect.
 *
 * @public
 */
export class EppPresetNotExpressibleError extends Error {
  override readonly name = 'EppPresetNotExpressibleError';

  constructor(
    readonly preset: string,
    readonly dialect: string,
    readonly reason: string,
  ) {
    super(
      `EPP preset "${preset}" cannot be expressed in dialect ${dialect}: ${reason}`,
    );
  }
}
