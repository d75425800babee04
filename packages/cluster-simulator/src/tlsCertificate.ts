import selfsigned from 'selfsigned';

/** A PEM certificate and its private key. */
export interface TlsCertificate {
  cert: string;
  key: string;
  /** Base64 of the PEM certificate, as kubeconfig `certificate-authority-data` expects. */
  caData: string;
}

let cached: TlsCertificate | undefined;

/**
 * A self-signed certificate for 127.0.0.1, ::1 and localhost, generated once per process (an RSA 2048 key
 * takes a moment) and shared by every TLS simulator. It is its own CA, so clients trust it through `caData`.
 */
export function simulatorCertificate(): TlsCertificate {
  if (!cached) {
    const pems = selfsigned.generate(
      [{ name: 'commonName', value: 'cluster-simulator' }],
      {
        days: 365,
        keySize: 2048,
        algorithm: 'sha256',
        extensions: [
          { name: 'basicConstraints', cA: true, critical: true },
          {
            name: 'keyUsage',
            keyCertSign: true,
            digitalSignature: true,
            keyEncipherment: true,
            critical: true,
          },
          { name: 'extKeyUsage', serverAuth: true },
          {
            name: 'subjectAltName',
            altNames: [
              { type: 2, value: 'localhost' },
              { type: 7, ip: '127.0.0.1' },
              { type: 7, ip: '::1' },
            ],
          },
        ],
      },
    );
    cached = {
      cert: pems.cert,
      key: pems.private,
      caData: Buffer.from(pems.cert).toString('base64'),
    };
  }
  return cached;
}
