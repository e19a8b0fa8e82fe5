// new.mjs — `cilantro new web <dir>`: a new .NET-in-the-browser project from
// the package's templates/ folder: an SDK project (net10.0) that references
// Cilantro.Interop.dll from the package, a page that runs it, and a
// package.json whose `npm run dev` builds, serves and reloads (dev.mjs).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CilantroError } from './errors.mjs';
import { VERSION } from './version.mjs';

const TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

export const NEW_HELP = `Usage: cilantro new <template> <dir> [--package <npm spec>]

Creates a project in <dir> (new or empty); its name is the folder's name.
Templates:
  web   a C# app driving a web page (Cilantro.Dom): <name>.csproj, Program.cs,
        index.html, package.json with "npm run dev"

Options:
  --package <spec>   what package.json depends on for cilantro (default ^${VERSION});
                     e.g. a tarball path or file:../cilantro
`;

// Files whose name changes on the way (npm drops .gitignore from packages).
const RENAMES = { 'App.csproj': (name) => `${name}.csproj`, gitignore: () => '.gitignore' };

function templateNames() {
  return readdirSync(TEMPLATES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Creates the project; returns { dir, name, files }. */
export function createProject(template, dir, { packageSpec = `^${VERSION}` } = {}) {
  const available = templateNames();
  if (!available.includes(template)) {
    throw new CilantroError(`unknown template '${template}' (templates: ${available.join(', ')})`, 'USAGE');
  }
  const target = path.resolve(dir);
  const name = path.basename(target);
  // The name becomes the assembly's, the .csproj's and part of a URL.
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
    throw new CilantroError(`'${name}' cannot name a project: use letters, digits, '_', '-' and '.', starting with a letter`, 'USAGE');
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new CilantroError(`'${dir}' exists and is not empty`, 'USAGE');
  }
  mkdirSync(target, { recursive: true });
  const values = {
    __APP_NAME__: name,
    __NPM_NAME__: name.toLowerCase().replace(/^[._]+/, ''),
    __CILANTRO_SPEC__: packageSpec,
  };
  const files = [];
  const from = path.join(TEMPLATES, template);
  for (const file of readdirSync(from)) {
    let text = readFileSync(path.join(from, file), 'utf8');
    for (const [key, value] of Object.entries(values)) text = text.split(key).join(value);
    const outName = RENAMES[file]?.(name) ?? file;
    writeFileSync(path.join(target, outName), text);
    files.push(outName);
  }
  return { dir: target, name, files: files.sort() };
}

/** The `cilantro new` command. */
export function runNew(argv, out = process.stdout) {
  const positional = [];
  let packageSpec;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { out.write(NEW_HELP); return; }
    if (a === '--package') {
      if (i + 1 >= argv.length) throw new CilantroError('--package needs a value', 'USAGE');
      packageSpec = argv[++i];
    } else if (a.startsWith('--package=')) {
      packageSpec = a.slice('--package='.length);
    } else if (a.startsWith('-')) {
      throw new CilantroError(`unknown option '${a}' (see cilantro new --help)`, 'USAGE');
    } else {
      positional.push(a);
    }
  }
  if (positional.length !== 2) throw new CilantroError('cilantro new needs a template and a folder, e.g. cilantro new web my-app', 'USAGE');
  const [template, dir] = positional;
  const made = createProject(template, dir, packageSpec === undefined ? {} : { packageSpec });
  out.write(`Created ${made.name} in ${made.dir} (${made.files.join(', ')}).\n\nNext:\n  cd ${dir}\n  npm install\n  npm run dev\n`);
}
