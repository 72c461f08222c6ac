import { fetch as pinnedFetch, removeCookieByName } from 'react-native-ssl-pinning';
import Config from 'react-native-config';

const API_BASE = 'https://api.tripplanner.example.com';
const TIMEOUT_MS = 15000;

// The .cer files live in android/app/src/main/assets and in the iOS bundle.
const BUNDLED_CERTS = ['tripplanner_2025', 'tripplanner_2026'];

export async function getItinerary(tripId, token) {
  const response = await pinnedFetch(`${API_BASE}/v2/trips/${tripId}/itinerary`, {
    method: 'GET',
    timeoutInterval: TIMEOUT_MS,
    sslPinning: {
      certs: BUNDLED_CERTS,
    },
    headers: {
      Accept: 'application/json; charset=utf-8',
      Authorization: `Bearer ${token}`,
    },
  });
  return response.json();
}

export function login(email, password) {
  return pinnedFetch(`${Config.AUTH_URL}/oauth/token`, {
    method: 'POST',
    body: JSON.stringify({ email, password, grant_type: 'password' }),
    sslPinning: { certs: ['auth_leaf'] },
    headers: { 'Content-Type': 'application/json' },
  }).then((r) => r.json());
}

export async function logout() {
  await removeCookieByName('session');
}
