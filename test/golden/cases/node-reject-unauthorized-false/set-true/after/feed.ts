import WebSocket from 'ws';

export function liveFeed(url: string): WebSocket {
  return new WebSocket(url, {
    'rejectUnauthorized': true,
    handshakeTimeout: 5000,
  });
}
