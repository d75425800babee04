export interface Config {
  llmd?: {
    /**
     * Access tokens minted for model services (`POST /api/llmd/models/:namespace/:name/token`).
     */
    tokens?: {
      /**
       * Upper bound of a minted token's lifetime in seconds; requests asking for more get this. At least 600 (the
       * TokenRequest API's minimum). Default 3600.
       * @visibility backend
       */
      maxTtlSeconds?: number;
    };
  };
}
