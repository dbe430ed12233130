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
    throw new Error(`Could not prepare the MariaDB test account (is MariaDB running? see README): ${error.stderr ?? error.message}`);
  }
};
