const WebSocket = require('ws');

module.exports = function connect(url) {
  return new WebSocket(url, {
    handshakeTimeout: 5000,
    'rejectUnauthorized': false
  });
};
