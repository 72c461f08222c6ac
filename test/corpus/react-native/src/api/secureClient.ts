import { fetch } from 'react-native-ssl-pinning';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  token?: string;
}

const PAYMENTS_URL = 'https://payments.tripplanner.example.com';

/** Public-key pinning: the hashes are SPKI SHA-256 values in OkHttp notation. */
export async function paymentsRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetch(`${PAYMENTS_URL}${path}`, {
    method: options.method ?? 'GET',
    timeoutInterval: 10000,
    pkPinning: true,
    sslPinning: { // ph-expect: react-native-ssl-pinning
      certs: [
        'sha256/mowz0bDLngVxnwUGk69NLDGgcDxRhblcz7xZp54f7t4=',
        'sha256/3Gh11TZHq/pWz5aOvkxAHzX+yF+o2MBs0CKPmBc2B5s=',
      ],
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
    headers: { Authorization: `Bearer ${options.token ?? ''}` },
  });
  return (await response.json()) as T;
}

/** The partner sandbox has an expired certificate; the vendor "fixed" it on our side. */
export async function partnerSandbox(path: string): Promise<unknown> {
  const response = await fetch(`https://sandbox.partner-hotels.example.net${path}`, {
    method: 'GET',
    timeoutInterval: 10000,
    disableAllSecurity: true, // ph-expect: react-native-ssl-pinning-disable-all-security
    sslPinning: { certs: [] },
  });
  return response.json();
}

/** Local Metro-side mock server, only in development builds. */
export async function mockServer(path: string): Promise<unknown> {
  if (__DEV__) {
    const response = await fetch(`https://10.0.2.2:8443${path}`, {
      method: 'GET',
      disableAllSecurity: true,
    });
    return response.json();
  }
  throw new Error('mock server is only available in development');
}

export const defaults = { disableAllSecurity: false, timeoutInterval: 10000 };
