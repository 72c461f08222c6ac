const https = require('https');

function legacyRequest(path) {
  const options = { hostname: 'legacy.partner.example.org', path, method: 'GET' };
  return new Promise((resolve, reject) => {
    https.request(options, (res) => resolve(res.statusCode)).on('error', reject).end();
  });
}

module.exports = { legacyRequest };
