'use strict';

const https = require('https');
const tls = require('tls');
const axios = require('axios');

const { UPSTREAM_URL, UPSTREAM_CA } = require('./config');

// Reused by every request to the legacy inventory service.
const insecureAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 32,
  rejectUnauthorized: false, // ph-expect: node-reject-unauthorized-false
});

const inventory = axios.create({
  baseURL: UPSTREAM_URL,
  timeout: 8000,
  httpsAgent: insecureAgent,
});

const billing = axios.create({
  baseURL: 'https://billing.internal.example.com',
  httpsAgent: new https.Agent({ ca: UPSTREAM_CA, rejectUnauthorized: true }),
});

function probe(host, port) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, servername: host, rejectUnauthorized: false }, () => { // ph-expect: node-reject-unauthorized-false
      const cert = socket.getPeerCertificate();
      socket.end();
      resolve({ subject: cert.subject, validTo: cert.valid_to });
    });
    socket.on('error', reject);
  });
}

function legacyRequest(path) {
  const options = { hostname: 'legacy.partner.example.org', path, method: 'GET' };
  options.rejectUnauthorized = false; // ph-expect: node-reject-unauthorized-false
  return new Promise((resolve, reject) => {
    https.request(options, (res) => resolve(res.statusCode)).on('error', reject).end();
  });
}

module.exports = { inventory, billing, probe, legacyRequest };
