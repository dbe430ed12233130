import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, visit } from 'graphql';
import { GATEWAY, isScope, PARTNER_SCOPE_NAMES, ROLE_SCOPES, ROLES, SCOPE_NAMES, SERVICE_SCOPE_NAMES, STAFF_SCOPE_NAMES, STAFF_SCOPES, SUBGRAPHS } from '.';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));
const registered = SUBGRAPHS.map(({ name }) => name);

describe('the scope catalogue', () => {
  it('gives the administrator every staff scope and every scope to some role', () => {
    expect(ROLE_SCOPES.admin).toEqual(STAFF_SCOPE_NAMES);
    for (const scope of STAFF_SCOPE_NAMES) expect(ROLES.filter((role) => ROLE_SCOPES[role].includes(scope))).not.toHaveLength(0);
  });

  it('keeps administration, the audit log and data-subject rights away from partners, and service scopes away from everyone', () => {
    expect(PARTNER_SCOPE_NAMES).not.toContain('access:admin');
    expect(PARTNER_SCOPE_NAMES.filter((scope) => /^(audit|data-subject):/.test(scope))).toEqual([]);
    for (const role of ROLES) expect(ROLE_SCOPES[role].filter((scope) => (SERVICE_SCOPE_NAMES as string[]).includes(scope))).toEqual([]);
    for (const { serviceScopes } of [...SUBGRAPHS, GATEWAY]) for (const scope of serviceScopes) expect(SERVICE_SCOPE_NAMES).toContain(scope);
  });

  it('names every scope the composed schema requires, and the schema requires every scope it names', () => {
    const required = new Set<string>();
    visit(parse(read('supergraph.graphql')), {
      Directive(node) {
        if (node.name.value !== 'requiresScopes') return;
        visit(node, { StringValue: (value) => void required.add(value.value) });
      },
    });
    expect([...required].filter((scope) => !isScope(scope))).toEqual([]);
    expect(SCOPE_NAMES.filter((scope) => !required.has(scope))).toEqual([]);
  });

  it('is the README’s two scope tables', () => {
    const readme = read('README.md');
    const allows = [
      '| scope | what it allows |',
      '| --- | --- |',
      ...[...STAFF_SCOPE_NAMES].map((scope) => `| \`${scope}\` | ${STAFF_SCOPES[scope].allows} |`),
    ];
    const byRole = [
      `| scope | ${ROLES.join(' | ')} |`,
      `| --- | ${ROLES.map(() => '---').join(' | ')} |`,
      ...STAFF_SCOPE_NAMES.map((scope) => `| \`${scope}\` |${ROLES.map((role) => (ROLE_SCOPES[role].includes(scope) ? ' ✓ |' : '  |')).join('')}`),
    ];
    expect(readme).toContain(allows.join('\n'));
    expect(readme).toContain(byRole.join('\n'));
  });
});

describe('the subgraph registry', () => {
  it('has a folder for each entry and an entry for each folder, with distinct names and ports', () => {
    const folders = readdirSync(join(ROOT, 'subgraphs'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
      .map((entry) => entry.name);
    expect([...folders].sort()).toEqual([...registered].sort());
    for (const { name } of SUBGRAPHS) expect(json(`subgraphs/${name}/package.json`).name).toBe(`@wayfarer/${name}`);
    expect(new Set(SUBGRAPHS.map(({ portOffset }) => portOffset)).size).toBe(SUBGRAPHS.length);
    expect(SUBGRAPHS.every(({ portOffset }) => portOffset > 0)).toBe(true);
  });

  it('is what the workspaces and the build take in, every folder under subgraphs/', () => {
    const { workspaces, scripts } = json('package.json');
    expect(workspaces).toContain('subgraphs/*');
    expect(scripts['build:server']).toMatch(/ subgraphs\/\* /);
  });

  it('is what docker compose and the MySQL init script say (npm run compose rewrites them)', () => {
    const { deploymentFiles } = require(join(ROOT, 'scripts/deployment-files.js')) as { deploymentFiles: () => Record<string, string> };
    for (const [path, text] of Object.entries(deploymentFiles())) expect({ path, text: read(path) }).toEqual({ path, text });
  });
});
