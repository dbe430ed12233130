// docker-compose.yml and scripts/mysql-init.sql, written from the registry so that a new
// subgraph is one registry entry: `npm run compose` rewrites them, and a test fails while the
// committed files differ from what the registry says.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const { GATEWAY, SUBGRAPHS, databaseName, envSuffix } = require(join(ROOT, 'registry/dist'));

const FILES = { dockerCompose: 'docker-compose.yml', mysqlInit: 'scripts/mysql-init.sql' };

/** Development passwords, to be changed before real use (the init script says so). */
const databasePassword = (name) => `wf-${name}`;

function mysqlInit() {
  const databases = SUBGRAPHS.map(({ name }) => databaseName(name));
  return [
    '-- Written by `npm run compose` from the registry (registry/src/subgraphs.ts): do not edit by hand.',
    "-- One database and one account per subgraph: no subgraph can read another's tables.",
    '-- Change these passwords (and the DATABASE_URLs in docker-compose.yml) before real use.',
    ...databases.map((database) => `CREATE DATABASE IF NOT EXISTS ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`),
    ...SUBGRAPHS.map(({ name }) => `CREATE USER IF NOT EXISTS '${databaseName(name)}'@'%' IDENTIFIED BY '${databasePassword(name)}';`),
    ...databases.map((database) => `GRANT ALL PRIVILEGES ON ${database}.* TO '${database}'@'%';`),
    '',
  ].join('\n');
}

function dockerCompose() {
  const subgraphService = ({ name, portOffset }) => `
  ${name}:
    <<: *service
    command: ["node", "subgraphs/${name}/dist/main.js"]
    environment:
      <<: *service-env
      PORT: ${GATEWAY.port + portOffset}
      DATABASE_URL: mysql://${databaseName(name)}:${databasePassword(name)}@mysql:3306/${databaseName(name)}
    depends_on:
      mysql: { condition: service_healthy }
`;
  return `# Written by \`npm run compose\` from the registry (registry/src/subgraphs.ts): do not edit by hand.
# Production-like: MySQL with one database per subgraph, every service in its own container.
# Secrets first: \`node scripts/secrets.js > .env\` (after \`npm run build\`), then \`docker compose up --build\`.
# The first administrator: \`docker compose run --rm access node subgraphs/access/dist/create-admin.js --username admin\`.
x-service: &service
  build: .
  env_file: .env
  restart: unless-stopped
  environment: &service-env
    NODE_ENV: production
    HOST: 0.0.0.0
    GATEWAY_URL: http://gateway:${GATEWAY.port}/graphql

services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: \${MYSQL_ROOT_PASSWORD:-wayfarer-root}
    # local-infile: the CSV import loads its rows with LOAD DATA LOCAL (MySQL 8 refuses it by default; the import then falls back to INSERTs).
    command: ["--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", "--local-infile=1"]
    volumes:
      - mysql-data:/var/lib/mysql
      - ./${FILES.mysqlInit}:/docker-entrypoint-initdb.d/wayfarer.sql:ro
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1", "-uroot", "-p\${MYSQL_ROOT_PASSWORD:-wayfarer-root}"]
      interval: 5s
      retries: 30
${SUBGRAPHS.map(subgraphService).join('')}
  gateway:
    <<: *service
    command: ["node", "gateway/dist/main.js"]
    environment:
      <<: *service-env
      PORT: ${GATEWAY.port}
${SUBGRAPHS.map(({ name, portOffset }) => `      SUBGRAPH_URL_${envSuffix(name)}: http://${name}:${GATEWAY.port + portOffset}/graphql\n`).join('')}    ports:
      - "${GATEWAY.port}:${GATEWAY.port}"
    depends_on: [${SUBGRAPHS.map(({ name }) => name).join(', ')}]

volumes:
  mysql-data:
`;
}

const deploymentFiles = () => ({ [FILES.dockerCompose]: dockerCompose(), [FILES.mysqlInit]: mysqlInit() });

module.exports = { deploymentFiles };

if (require.main === module) {
  for (const [path, text] of Object.entries(deploymentFiles())) {
    writeFileSync(join(ROOT, path), text);
    process.stdout.write(`Wrote ${path}\n`);
  }
}
