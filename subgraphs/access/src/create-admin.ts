import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { validate } from 'class-validator';
import { createDataSource, loadConfig, openDataSource, subgraphConfigShape } from '@wayfarer/kit';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS } from './index';
import { CreateStaffMemberInput } from './staff/create-staff-member.input';
import { StaffMemberService } from './staff/staff-member.service';

const USAGE = 'usage: npm run create-admin -- --username <name> [--display-name "<name>"]   (password from ADMIN_PASSWORD or stdin)';

/** Reads a line without echoing it when a person is typing, or the first line of piped input. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += chunk;
    return text.split(/\r?\n/)[0];
  }
  process.stderr.write('Password: ');
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let password = '';
    const onData = (typed: string) => {
      for (const character of typed) {
        if (character === '\r' || character === '\n') {
          stdin.setRawMode(false);
          stdin.off('data', onData);
          stdin.pause();
          process.stderr.write('\n');
          return resolve(password);
        }
        if (character === '\u0003') {
          stdin.setRawMode(false);
          return reject(new Error('cancelled'));
        }
        password = character === '\u007f' ? password.slice(0, -1) : password + character;
      }
    };
    stdin.on('data', onData);
  });
}

async function createAdmin(): Promise<void> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, 'display-name': { type: 'string' } } });
  if (!values.username) throw new Error(USAGE);
  const config = loadConfig({ DATABASE_URL: subgraphConfigShape.DATABASE_URL, DATA_DIR: subgraphConfigShape.DATA_DIR }, process.env);
  const input = Object.assign(new CreateStaffMemberInput(), {
    username: values.username,
    displayName: values['display-name'] ?? values.username,
    password: process.env.ADMIN_PASSWORD || (await readPassword()),
    roles: ['admin'],
  });
  const violations = await validate(input);
  if (violations.length > 0) {
    throw new Error(
      violations
        .flatMap((violation) =>
          Object.values(violation.constraints ?? {}).map((message) => `--${violation.property}: ${message.replace(`${violation.property} `, '')}`),
        )
        .join('\n'),
    );
  }
  const { dataSource } = createDataSource({
    service: 'access',
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    entities: ACCESS_ENTITIES,
    migrations: ACCESS_MIGRATIONS,
  });
  await openDataSource(dataSource);
  try {
    const admin = await new StaffMemberService(dataSource).create(input);
    process.stdout.write(`Administrator ${admin.username} created (id ${admin.id}).\n`);
  } finally {
    await dataSource.destroy();
  }
}

createAdmin().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
