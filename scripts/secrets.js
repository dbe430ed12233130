// Development secrets: made once per data directory, kept in a file only its owner can read.
// Production takes every one of them from the environment instead (see README).
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { randomBytes } = require('node:crypto');
const { generateSigningKeyPair } = require('../subgraphs/kit/dist');

function createSecrets() {
  const internal = generateSigningKeyPair();
  const session = generateSigningKeyPair();
  return {
    INTERNAL_TOKEN_PRIVATE_KEY: internal.privateKeyPem,
    INTERNAL_TOKEN_PUBLIC_KEY: internal.publicKeyPem,
    SESSION_PRIVATE_KEY: session.privateKeyPem,
    SESSION_PUBLIC_KEY: session.publicKeyPem,
    SERVICE_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    CAMPAIGN_LINK_SECRET: randomBytes(32).toString('base64url'),
  };
}

function loadOrCreateSecrets(dataDir) {
  const file = join(dataDir, 'secrets.json');
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // A secret added since the file was made is made now; the ones already there stay.
  const secrets = { ...createSecrets(), ...kept };
  if (Object.keys(secrets).length === Object.keys(kept).length) return kept;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

module.exports = { createSecrets, loadOrCreateSecrets };

if (require.main === module) {
  // `node scripts/secrets.js > .env` for docker compose: one line per variable, newlines escaped.
  for (const [name, value] of Object.entries(createSecrets())) process.stdout.write(`${name}=${value.replace(/\n/g, '\\n')}\n`);
}
