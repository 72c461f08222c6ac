import { fetch } from 'react-native-ssl-pinning';

type Method = 'GET' | 'POST';

const PAYMENTS_URL = 'https://payments.example.com';

/** Public-key pinning: the hashes are SPKI SHA-256 values in OkHttp notation. */
export async function paymentsRequest<T>(path: string, method: Method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(`${PAYMENTS_URL}${path}`, {
    method,
    pkPinning: true,
    sslPinning: {
      certs: [
        'sha256/mowz0bDLngVxnwUGk69NLDGgcDxRhblcz7xZp54f7t4=',
        'sha256/3Gh11TZHq/pWz5aOvkxAHzX+yF+o2MBs0CKPmBc2B5s=',
      ],
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return (await response.json()) as T;
}
