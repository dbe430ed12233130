// `npm start`: the whole of Wayfarer on this machine, on the embedded database unless
// DATABASE_URL_ACCESS / DATABASE_URL_PROFILES / DATABASE_URL_CORPORATE point at MySQL.
const { startStack } = require('./stack');

const port = Number(process.env.PORT ?? 4000);

startStack({
  port,
  dataDir: process.env.DATA_DIR,
  demo: process.env.DEMO !== 'false',
  databaseUrls: { access: process.env.DATABASE_URL_ACCESS, profiles: process.env.DATABASE_URL_PROFILES, corporate: process.env.DATABASE_URL_CORPORATE },
})
  .then((stack) => {
    process.stdout.write(`\nWayfarer is running: console ${stack.url}/  API ${stack.url}/graphql\nSign in as agent, supervisor, marketing, dpo or admin with the password wayfarer-demo.\n\n`);
    const shutdown = () => stack.stop().then(() => process.exit(0));
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  })
  .catch((error) => {
    process.stderr.write(`Wayfarer could not start: ${error.message}\n`);
    process.exit(1);
  });
