// `npm start`: the whole of Wayfarer on this machine, on the embedded database unless
// DATABASE_URL_<SUBGRAPH> (DATABASE_URL_ACCESS, DATABASE_URL_PROFILES, …) point at MySQL.
const { join } = require('node:path');
const { startStack } = require('./stack');
const { SUBGRAPHS, envSuffix } = require(join(__dirname, '../registry/dist'));

const port = Number(process.env.PORT ?? 4000);

startStack({
  port,
  dataDir: process.env.DATA_DIR,
  demo: process.env.DEMO !== 'false',
  databaseUrls: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, process.env[`DATABASE_URL_${envSuffix(name)}`]])),
})
  .then((stack) => {
    process.stdout.write(
      `\nWayfarer is running: console ${stack.url}/  API ${stack.url}/graphql\nSign in as agent, supervisor, marketing, dpo or admin with the password wayfarer-demo.\n\n`,
    );
    const shutdown = () => stack.stop().then(() => process.exit(0));
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  })
  .catch((error) => {
    process.stderr.write(`Wayfarer could not start: ${error.message}\n`);
    process.exit(1);
  });
