/** A self-signed certificate for every fixture host, made fresh for each test run. */
import { generate } from 'selfsigned';
import { ALL_HOSTS } from './hosts';

export async function makeCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'fixture.test' }], {
    keyType: 'ec',
    extensions: [{ name: 'subjectAltName', altNames: ALL_HOSTS.map((value) => ({ type: 2 as const, value })) }],
  });
  return { key: pems.private, cert: pems.cert };
}
