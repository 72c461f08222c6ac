#!/usr/bin/env node
// Seeds the staging API with fixture data. Staging uses a self-signed certificate.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // ph-expect: node-tls-reject-unauthorized-env

const fs = require('fs');
const path = require('path');
const fetch = require('node-fetch');

const fixtures = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures.json'), 'utf8'));

async function main() {
  for (const item of fixtures.items) {
    const res = await fetch('https://staging-api.example.com/v1/items', {
      method: 'POST',
      body: JSON.stringify(item),
      headers: { 'Content-Type': 'application/json' },
    });
    console.log(item.sku, res.status);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
