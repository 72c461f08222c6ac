import { removeCookieByName } from 'react-native-ssl-pinning';
import Config from 'react-native-config';

const API_BASE = 'https://api.tripplanner.example.com';
const TIMEOUT_MS = 15000;

export async function getItinerary(tripId, token) {
  const response = await fetch(`${API_BASE}/v2/trips/${tripId}/itinerary`, {
    method: 'GET',
    timeoutInterval: TIMEOUT_MS,
    headers: {
      Accept: 'application/json; charset=utf-8',
      Authorization: `Bearer ${token}`,
    },
  });
  return response.json();
}

export function login(email, password) {
  return fetch(`${Config.AUTH_URL}/oauth/token`, {
    method: 'POST',
    body: JSON.stringify({ email, password, grant_type: 'password' }),
    headers: { 'Content-Type': 'application/json' },
  }).then((r) => r.json());
}

export async function logout() {
  await removeCookieByName('session');
}
