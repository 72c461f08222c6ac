'use strict';

const https = require('https');
const axios = require('axios');

// Reused by every request to the legacy inventory service.
const insecureAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 32,
  // the legacy host has a self-signed certificate
  rejectUnauthorized: false,
});

module.exports = axios.create({ baseURL: 'https://inventory.example.com', timeout: 8000, httpsAgent: insecureAgent });
