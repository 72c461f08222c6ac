import WebSocket from 'ws';

export function liveFeed(url: string): WebSocket {
  return new WebSocket(url, {
    'rejectUnauthorized': false,
    handshakeTimeout: 5000,
  });
}
