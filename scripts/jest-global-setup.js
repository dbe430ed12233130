// Tests run against the local MariaDB; its project account is created through the root socket.
const { execFileSync } = require('node:child_process');

module.exports = async () => {
  const user = process.env.TEST_DB_USER ?? 'wayfarer';
  const password = process.env.TEST_DB_PASSWORD ?? 'wayfarer';
  const statements = ['localhost', '127.0.0.1']
    .flatMap((host) => [
      `CREATE USER IF NOT EXISTS '${user}'@'${host}' IDENTIFIED BY '${password}'`,
      `GRANT ALL PRIVILEGES ON \`wf\\_%\`.* TO '${user}'@'${host}'`,
    ])
    .concat('FLUSH PRIVILEGES');
  try {
    execFileSync('mariadb', ['-e', statements.join('; ')], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`Could not prepare the MariaDB test account (is MariaDB running? see README): ${error.stderr ?? error.message}`, { cause: error });
  }
  dropDatabasesOfEndedRuns();
};

const RUN_DATABASE = /^wf_(?:test_\w+?_(\d+)|bench_(\d+)_\w+)$/;

const running = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** A test worker or bench run that was killed never dropped its databases; nothing else will. */
function dropDatabasesOfEndedRuns() {
  const names = execFileSync('mariadb', ['-N', '-e', "SHOW DATABASES LIKE 'wf\\_%'"], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const ended = names.filter((name) => {
    const match = RUN_DATABASE.exec(name);
    return match && !running(Number(match[1] ?? match[2]));
  });
  if (ended.length > 0) execFileSync('mariadb', ['-e', ended.map((name) => `DROP DATABASE IF EXISTS \`${name}\``).join('; ')], { stdio: 'pipe' });
}
