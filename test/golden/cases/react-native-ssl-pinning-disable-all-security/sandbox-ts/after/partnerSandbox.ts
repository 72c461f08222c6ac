import { getCookies } from 'react-native-ssl-pinning';

/** The partner sandbox has an expired certificate; the vendor "fixed" it on our side. */
export async function partnerSandbox(path: string): Promise<unknown> {
  const response = await fetch(`https://sandbox.partner-hotels.example.net${path}`, {
    method: 'GET',
  });
  return response.json();
}

export const sandboxCookies = () => getCookies('sandbox.partner-hotels.example.net');
