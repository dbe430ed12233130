import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { profilesModule } from './index';

describe('the profiles module built from its features', () => {
  it('runs every migration in src/migrations once, in timestamp order, whichever features list it', () => {
    const files = readdirSync(join(__dirname, 'migrations'))
      .filter((file) => /^\d{13}-.*\.ts$/.test(file))
      .sort();
    const migrations = profilesModule.migrations as { name: string }[];
    expect(migrations.map((migration) => migration.name.slice(-13))).toEqual(files.map((file) => file.slice(0, 13)));
  });
});
