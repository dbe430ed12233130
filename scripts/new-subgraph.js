// `npm run new-subgraph -- <name> [--entity <PascalName>] [--no-compose]`: a working subgraph in
// subgraphs/<name> and its console resource in admin/src/<camelName>, from the templates in
// scripts/new-subgraph/template; one entry in the registry (subgraph and scope pair), the README's
// scope tables, the console's resource list, the workspace link and its package-lock.json entries
// (as `npm install` would write them), then `npm run compose`. docs/adding-a-subgraph.md explains it.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const TEMPLATES = join(__dirname, 'new-subgraph/template');
const RESERVED = new Set(['kit', 'registry', 'gateway', 'admin', 'bench']);
/** The database account `wf_<name>` must fit MySQL's 32 characters. */
const MAX_NAME_LENGTH = 29;
const JS_RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield await'.split(
    ' ',
  ),
);

class UsageError extends Error {}

const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const write = (path, text) => {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
};

const words = (kebab) => kebab.split('-');
const pascal = (parts) => parts.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const camel = (parts) => parts[0] + pascal(parts.slice(1));
const pascalWords = (name) => name.split(/(?=[A-Z])/).map((word) => word.toLowerCase());
const plural = (word) => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`);
const singular = (word) =>
  /ies$/.test(word) ? `${word.slice(0, -3)}y` : /(s|x|z|ch|sh)es$/.test(word) ? word.slice(0, -2) : /[^s]s$/.test(word) ? word.slice(0, -1) : word;

function parseArguments(argv) {
  const options = { compose: true };
  const rest = [...argv];
  while (rest.length) {
    const argument = rest.shift();
    if (argument === '--entity') {
      options.entity = rest.shift();
      if (!options.entity || options.entity.startsWith('-')) throw new UsageError('--entity needs a PascalCase type name, e.g. --entity LoyaltyOffer');
    } else if (argument === '--no-compose') options.compose = false;
    else if (argument.startsWith('-')) throw new UsageError(`unknown option ${argument}`);
    else if (options.name) throw new UsageError(`one name only (got ${options.name} and ${argument})`);
    else options.name = argument;
  }
  if (!options.name) throw new UsageError('give the new subgraph a name');
  return options;
}

/** Every name the templates use, from the subgraph's name and its entity's. */
function namesFor(name, entityOption) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new UsageError(
      `"${name}" is not a lower-case kebab name (letters and digits, words joined by single dashes, starting with a letter), e.g. loyalty-offers`,
    );
  }
  if (name.length > MAX_NAME_LENGTH)
    throw new UsageError(`"${name}" is longer than ${MAX_NAME_LENGTH} characters (its database account wf_<name> must fit MySQL's 32)`);
  if (RESERVED.has(name)) throw new UsageError(`"${name}" is taken by the ${name} package: choose another name`);
  if (entityOption !== undefined && !/^([A-Z][a-z0-9]*)+$/.test(entityOption)) {
    throw new UsageError(`--entity "${entityOption}" is not a PascalCase type name, e.g. LoyaltyOffer`);
  }
  const nameWords = words(name);
  const entityWords = entityOption ? pascalWords(entityOption) : [...nameWords.slice(0, -1), singular(nameWords.at(-1))];
  const entitiesWords = [...entityWords.slice(0, -1), plural(entityWords.at(-1))];
  const names = {
    name,
    camelName: camel(nameWords),
    CamelName: pascal(nameWords),
    SCOPES_CONST: `${nameWords.join('_').toUpperCase()}_SCOPES`,
    Entity: pascal(entityWords),
    entity: camel(entityWords),
    entities: camel(entitiesWords),
    Entities: pascal(entitiesWords),
    entity_file: entityWords.join('-'),
    entities_file: entitiesWords.join('-'),
    table: entitiesWords.join('_'),
    label: entityWords.join(' '),
    labels: entitiesWords.join(' '),
    timestamp: String(Date.now()),
  };
  if (names.entity === names.entities) throw new UsageError(`the entity ${names.Entity} needs a plural different from its singular: pass --entity`);
  for (const identifier of [names.entity, names.entities, names.camelName]) {
    if (JS_RESERVED.has(identifier)) throw new UsageError(`"${identifier}" is a reserved word in TypeScript: pass another --entity or name`);
  }
  return names;
}

/** Nothing the new subgraph would add may exist already: its folders, package, scopes or GraphQL names. */
function assertFree(names) {
  const taken = [];
  if (existsSync(join(ROOT, 'subgraphs', names.name))) taken.push(`subgraphs/${names.name} exists`);
  if (existsSync(join(ROOT, 'admin/src', names.camelName))) taken.push(`admin/src/${names.camelName} exists`);
  if (new RegExp(`name: '${names.name}'`).test(read('registry/src/subgraphs.ts'))) taken.push(`the registry has a subgraph named ${names.name}`);
  if (read('registry/src/scopes.ts').includes(`'${names.name}:`)) taken.push(`the scope catalogue has ${names.name}: scopes`);
  const supergraph = read('supergraph.graphql');
  const types = [
    names.Entity,
    `${names.Entity}List`,
    `${names.Entity}Filter`,
    `${names.Entity}Sort`,
    `${names.Entity}SortField`,
    `Create${names.Entity}Input`,
    `Update${names.Entity}Input`,
  ];
  for (const type of types)
    if (new RegExp(`^(type|input|enum|interface|union|scalar) ${type}\\b`, 'm').test(supergraph)) taken.push(`the supergraph has a type ${type}`);
  const fields = [names.entity, names.entities, `create${names.Entity}`, `update${names.Entity}`];
  for (const field of fields) if (new RegExp(`^  ${field}\\(`, 'm').test(supergraph)) taken.push(`the supergraph has a field ${field}`);
  if (read('admin/src/resources.ts').includes(`  ${names.entities},`)) taken.push(`the console has a resource ${names.entities}`);
  for (const header of ['| scope | what it allows |', '| scope | agent |'])
    if (!read('README.md').includes(header)) taken.push(`README.md has lost its scope table "${header} …"`);
  const markers = ['registry/src/subgraphs.ts', 'registry/src/scopes.ts', 'admin/src/resources.ts'].filter((path) => !read(path).includes('// new-subgraph:'));
  for (const path of markers) taken.push(`${path} has lost its "// new-subgraph:" marker comments`);
  if (taken.length) throw new UsageError(`cannot add ${names.name}: ${taken.join('; ')}`);
}

const fill = (text, names) => text.replace(/__([A-Za-z][A-Za-z_]*?)__/g, (token, key) => (key in names ? names[key] : token));

/** Writes every template under `from` to `to`, names in paths and contents filled in; returns the paths written. */
function writeTemplates(from, to, names) {
  const written = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const target = join(to, fill(relative(from, path), names).replace(/\.tpl$/, ''));
        if (existsSync(join(ROOT, target))) throw new Error(`${target} exists`);
        write(target, fill(readFileSync(path, 'utf8'), names));
        written.push(target);
      }
    }
  };
  walk(from);
  return written;
}

/** Puts `lines` just above the marker comment in a file; the markers say where generated entries go. */
function insertAboveMarker(path, marker, lines) {
  const text = read(path);
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${path} has lost its marker "${marker}": add the entry by hand or put the marker back`);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  write(path, text.slice(0, lineStart) + lines.map((line) => `${line}\n`).join('') + text.slice(lineStart));
}

function registerSubgraph(names) {
  const registry = read('registry/src/subgraphs.ts');
  const offsets = [...registry.matchAll(/portOffset: (\d+)/g)].map((match) => Number(match[1]));
  const portOffset = Math.max(0, ...offsets) + 1;
  insertAboveMarker('registry/src/subgraphs.ts', '// new-subgraph:', [
    `  { name: '${names.name}', portOffset: ${portOffset}, secrets: EVERY_SUBGRAPH, serviceScopes: ['audit:write'] },`,
  ]);
  return portOffset;
}

/** The scope pair in the catalogue and in the README's two tables, which a test holds to the catalogue. */
function registerScopes(names) {
  const scopes = [
    { scope: `${names.name}:read`, allows: `read ${names.labels}`, roles: ['agent', 'supervisor', 'admin'] },
    { scope: `${names.name}:write`, allows: `create and update ${names.labels}`, roles: ['supervisor', 'admin'] },
  ];
  insertAboveMarker(
    'registry/src/scopes.ts',
    '// new-subgraph:',
    scopes.map(
      ({ scope, allows, roles }) => `  '${scope}': { allows: '${allows}', roles: [${roles.map((role) => `'${role}'`).join(', ')}], partners: false },`,
    ),
  );
  const roleList = read('registry/src/scopes.ts').match(/export const ROLES = \[([^\]]*)\]/);
  const allRoles = [...roleList[1].matchAll(/'([^']+)'/g)].map((match) => match[1]);
  let readme = read('README.md');
  const appendToTable = (header, rows) => {
    const lines = readme.split('\n');
    const start = lines.indexOf(header);
    if (start < 0) throw new Error(`README.md has no table starting "${header}"`);
    let end = start;
    while (lines[end + 1]?.startsWith('|')) end += 1;
    lines.splice(end + 1, 0, ...rows);
    readme = lines.join('\n');
  };
  appendToTable(
    '| scope | what it allows |',
    scopes.map(({ scope, allows }) => `| \`${scope}\` | ${allows} |`),
  );
  appendToTable(
    `| scope | ${allRoles.join(' | ')} |`,
    scopes.map(({ scope, roles }) => `| \`${scope}\` |${allRoles.map((role) => (roles.includes(role) ? ' ✓ |' : '  |')).join('')}`),
  );
  write('README.md', readme);
}

function registerConsoleResource(names) {
  insertAboveMarker('admin/src/resources.ts', '// new-subgraph: `npm run new-subgraph` imports', [`import { ${names.entities} } from './${names.camelName}';`]);
  insertAboveMarker('admin/src/resources.ts', '// new-subgraph: `npm run new-subgraph` adds', [`  ${names.entities},`]);
}

/** What `npm install` would do for a new workspace, without the network: its link in node_modules and its lock entries. */
function linkWorkspace(names) {
  const link = join(ROOT, 'node_modules/@wayfarer', names.name);
  mkdirSync(dirname(link), { recursive: true });
  if (!existsSync(link)) symlinkSync(`../../subgraphs/${names.name}`, link);
  const lock = JSON.parse(read('package-lock.json'));
  const manifest = JSON.parse(read(`subgraphs/${names.name}/package.json`));
  const entries = {
    [`node_modules/@wayfarer/${names.name}`]: { resolved: `subgraphs/${names.name}`, link: true },
    [`subgraphs/${names.name}`]: { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies },
  };
  const packages = Object.entries(lock.packages);
  for (const [key, value] of Object.entries(entries)) {
    // npm keeps the keys in locale order; the new ones go where it would put them.
    const at = packages.findIndex(([existing]) => existing !== '' && existing.localeCompare(key, 'en') > 0);
    packages.splice(at < 0 ? packages.length : at, 0, [key, value]);
  }
  lock.packages = Object.fromEntries(packages);
  write('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const names = namesFor(options.name, options.entity);
  assertFree(names);
  const written = [
    ...writeTemplates(join(TEMPLATES, 'subgraph'), join('subgraphs', names.name), names),
    ...writeTemplates(join(TEMPLATES, 'console'), join('admin/src', names.camelName), names),
  ];
  const portOffset = registerSubgraph(names);
  registerScopes(names);
  registerConsoleResource(names);
  linkWorkspace(names);
  // The templates keep the shape a reader expects; Prettier lays them out as the rest of the tree.
  execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', ...written, 'registry/src', 'admin/src/resources.ts'], { cwd: ROOT, stdio: 'inherit' });
  process.stdout.write(
    [
      `Added the ${names.name} subgraph (port offset ${portOffset}, entity ${names.Entity}, scopes ${names.name}:read and ${names.name}:write):`,
      ...written.map((path) => `  ${path}`),
      '  registry/src/subgraphs.ts, registry/src/scopes.ts, README.md (scope tables), admin/src/resources.ts',
      `  node_modules/@wayfarer/${names.name} and package-lock.json (the workspace, as npm install links it)`,
      '',
    ].join('\n'),
  );
  if (options.compose) {
    process.stdout.write('Composing the supergraph, the console schema and the deployment files (npm run compose)…\n');
    execFileSync('npm', ['run', 'compose'], { cwd: ROOT, stdio: 'inherit' });
  }
  const next = [`Next: npx jest subgraphs/${names.name}, then npm start and open the new resource in the console.`];
  if (!options.compose) next.unshift('Run npm run compose first: the supergraph, the deployment files and the console types come from it.');
  process.stdout.write(`\n${[...next, 'docs/adding-a-subgraph.md says what was written and what usually comes next.'].join('\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`new-subgraph: ${error.message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
