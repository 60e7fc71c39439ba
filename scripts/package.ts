/**
 * `npm run package`: the deployable zip for Azure Functions (Flex Consumption or Consumption, Linux, Node 22).
 *
 * What goes in (paths inside the zip):
 * - `host.json`;
 * - `package.json`: name, version, `type`, the same `main` glob, and the production dependencies pinned to the
 *   versions package-lock.json resolved (no scripts, no devDependencies);
 * - `dist/…`: the compiled JavaScript the runtime loads: every file the `main` glob selects plus everything they
 *   `require` transitively (relative imports only), so tests, benchmarks, scripts, the CLI, the local host and the
 *   ASM emulator stay out unless function code imports them; source maps are left out;
 * - `node_modules/…`: the production dependency closure, taken from package-lock.json (every package not marked
 *   `dev`, exactly what `npm ci --omit=dev` installs) and copied from the project's installed node_modules after
 *   checking each installed version against the lockfile; type declarations, source maps, TypeScript sources and
 *   Markdown are dropped.
 * No bundler (esbuild is not a dependency) and no `zip` command (not on every machine): scripts/packageZip.ts
 * writes the archive.
 *
 * Usage: `node dist/scripts/package.js [--out <zip>] [--no-check]`. By default it then unpacks the zip into a
 * temporary folder and loads it as the Functions worker would (scripts/packageLoad.ts), failing if nothing registers.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { expandGlob } from '../src/host/loader/expandGlob';
import { loadAppInChild } from './packageLoad';
import { readZip, writeZip, type ZipEntryInput } from './packageZip';

/** The folder the compiled app lives under, in the project (tsconfig outDir) and in the package alike. */
export const PACKAGE_OUT_DIR = 'dist';
export const DEFAULT_PACKAGE_FILE = path.join('dist-package', 'asm-functions.zip');
/** Modules the Functions worker provides at run time; never shipped. */
const WORKER_PROVIDED = new Set(['@azure/functions-core']);

export interface BuildPackageOptions {
    /** The folder with package.json, package-lock.json, host.json and the installed node_modules. */
    readonly projectRoot: string;
    /** The tsc output folder holding the compiled `src/` and `functions/` (the project's `dist/`, or another outDir). */
    readonly compiledRoot: string;
    /** Where to write the zip (folders are created). */
    readonly outFile: string;
}

export interface ShippedDependency {
    readonly name: string;
    readonly version: string;
    /** Its folder inside the package (`node_modules/@azure/functions`, or a nested one). */
    readonly location: string;
}

export interface PackageManifest {
    readonly outFile: string;
    readonly zipBytes: number;
    /** Uncompressed bytes of every entry. */
    readonly contentBytes: number;
    /** Every path in the zip, sorted. */
    readonly entries: readonly string[];
    /** The compiled app files shipped (paths in the zip, under `dist/`). */
    readonly appFiles: readonly string[];
    /** The entry files the `main` glob selects (paths in the zip). */
    readonly entryFiles: readonly string[];
    readonly dependencies: readonly ShippedDependency[];
    /** Packages the app code imports by name (its direct runtime dependencies in use). */
    readonly importedPackages: readonly string[];
    /** Things worth a look that do not stop the build (file-system lookups that the import walk cannot follow). */
    readonly warnings: readonly string[];
}

interface ProjectPackageJson {
    readonly name?: string;
    readonly version?: string;
    readonly description?: string;
    readonly license?: string;
    readonly type?: string;
    readonly main?: string;
    readonly dependencies?: Readonly<Record<string, string>>;
}

interface LockPackage {
    readonly version?: string;
    readonly dev?: boolean;
    readonly optional?: boolean;
    readonly link?: boolean;
    readonly name?: string;
}

interface LockFile {
    readonly lockfileVersion?: number;
    readonly packages?: Readonly<Record<string, LockPackage>>;
}

function readJson<T>(file: string): T {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function toPosix(p: string): string {
    return p.split(path.sep).join('/');
}

/** The package name of a bare specifier (`@azure/identity/foo` → `@azure/identity`), or undefined for builtins. */
export function packageNameOf(specifier: string): string | undefined {
    if (specifier.startsWith('node:') || builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0] ?? '')) return undefined;
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** String-literal `require("…")` calls in tsc's CommonJS output (static and `import()` alike compile to these). */
export function requiredSpecifiers(js: string): string[] {
    const out: string[] = [];
    const re = /\brequire\(\s*(["'])([^"'\n]+)\1\s*\)/g;
    for (let m = re.exec(js); m !== null; m = re.exec(js)) out.push(m[2] as string);
    return out;
}

function resolveRelative(fromFile: string, specifier: string): string | undefined {
    const base = path.resolve(path.dirname(fromFile), specifier);
    for (const candidate of [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')]) {
        if (existsSync(candidate) && lstatSync(candidate).isFile()) return candidate;
    }
    return undefined;
}

interface AppClosure {
    readonly files: string[];
    readonly packages: Set<string>;
    readonly warnings: string[];
}

/** The compiled files reachable from the entry files through relative requires, and the packages they import. */
export function appClosure(compiledRoot: string, entryFiles: readonly string[]): AppClosure {
    const root = path.resolve(compiledRoot);
    const seen = new Set<string>();
    const packages = new Set<string>();
    const warnings: string[] = [];
    const queue = entryFiles.map((f) => path.join(root, f));
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        if (seen.has(file)) continue;
        seen.add(file);
        if (!file.endsWith('.js') && !file.endsWith('.cjs')) continue;
        const js = readFileSync(file, 'utf8');
        const rel = toPosix(path.relative(root, file));
        if (/\brequire\.resolve\(|\bcreateRequire\(|\bimport\(\s*[^"'\s]/.test(js)) warnings.push(`${rel} resolves modules dynamically: check the package has what it loads.`);
        for (const specifier of requiredSpecifiers(js)) {
            if (specifier.startsWith('.')) {
                const target = resolveRelative(file, specifier);
                if (target === undefined) throw new Error(`${rel} requires "${specifier}", which is not in ${compiledRoot}.`);
                if (!path.resolve(target).startsWith(root + path.sep)) throw new Error(`${rel} requires "${specifier}", outside the compiled output ${compiledRoot}.`);
                queue.push(target);
            } else if (!WORKER_PROVIDED.has(specifier)) {
                const name = packageNameOf(specifier);
                if (name !== undefined) packages.add(name);
            }
        }
    }
    return { files: [...seen].map((f) => toPosix(path.relative(root, f))).sort(), packages, warnings };
}

/** Files of an installed package that no runtime loads. */
function isDroppedDependencyFile(name: string): boolean {
    return /\.(?:map|d\.ts|d\.mts|d\.cts|ts|mts|cts|tsbuildinfo|md|markdown)$/i.test(name) && !/^licen[cs]e/i.test(name);
}

interface CollectedFile {
    readonly name: string;
    readonly source: string;
    readonly mode: number;
}

function collectPackageFiles(dir: string, zipPrefix: string, out: CollectedFile[], warnings: string[]): void {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        const name = `${zipPrefix}/${entry.name}`;
        if (entry.isDirectory()) {
            // Nested node_modules are lockfile entries of their own (and .bin holds only links).
            if (entry.name === 'node_modules') continue;
            collectPackageFiles(full, name, out, warnings);
        } else if (entry.isFile()) {
            if (isDroppedDependencyFile(entry.name)) continue;
            out.push({ name, source: full, mode: lstatSync(full).mode & 0o111 ? 0o755 : 0o644 });
        } else if (entry.isSymbolicLink()) {
            warnings.push(`${name} is a symbolic link: left out.`);
        }
    }
}

/**
 * Packs installed packages into a zip by the same rules as the deployable package (no maps, type declarations,
 * TypeScript sources or Markdown; nested node_modules left to their own entry): to compare other code with ours.
 */
export function packDirectories(dirs: readonly { readonly dir: string; readonly zipPrefix: string }[], outFile: string): { zipBytes: number; contentBytes: number; files: number } {
    const files: CollectedFile[] = [];
    const warnings: string[] = [];
    for (const { dir, zipPrefix } of dirs) collectPackageFiles(dir, zipPrefix, files, warnings);
    const entries: ZipEntryInput[] = files.map((f) => ({ name: f.name, data: readFileSync(f.source), mode: f.mode }));
    mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
    const zipBytes = writeZip(outFile, entries);
    return { zipBytes, contentBytes: entries.reduce((n, e) => n + e.data.length, 0), files: entries.length };
}

/** The production closure of package-lock.json (what `npm ci --omit=dev` installs), checked against node_modules. */
export function productionDependencies(projectRoot: string): ShippedDependency[] {
    const lockPath = path.join(projectRoot, 'package-lock.json');
    if (!existsSync(lockPath)) throw new Error(`${lockPath} is missing: the package ships exactly what the lockfile pins.`);
    const lock = readJson<LockFile>(lockPath);
    if ((lock.lockfileVersion ?? 0) < 2 || lock.packages === undefined) throw new Error('package-lock.json must be lockfileVersion 2 or 3 (npm 7 or later).');
    const out: ShippedDependency[] = [];
    for (const [location, entry] of Object.entries(lock.packages)) {
        if (location === '' || entry.dev === true || !location.startsWith('node_modules/')) continue;
        if (entry.link === true) throw new Error(`${location} is a linked (workspace) package: not supported by the packager.`);
        const name = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
        const installed = path.join(projectRoot, location, 'package.json');
        if (!existsSync(installed)) {
            if (entry.optional === true) continue; // an optional dependency for another platform
            throw new Error(`${location} (${name}@${entry.version ?? '?'}) is not installed: run npm ci first.`);
        }
        const version = readJson<{ version?: string }>(installed).version;
        if (version === undefined || version !== entry.version) {
            throw new Error(`node_modules does not match package-lock.json: ${location} is ${version ?? '?'}, the lockfile pins ${entry.version ?? '?'}. Run npm ci.`);
        }
        out.push({ name, version, location });
    }
    return out.sort((a, b) => a.location.localeCompare(b.location));
}

/** Finds the project root above a compiled file (the folder with package.json and host.json). */
export function findProjectRoot(from: string): string {
    for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'host.json'))) return dir;
        if (path.dirname(dir) === dir) throw new Error(`No project root (package.json + host.json) above ${from}.`);
    }
}

/** Builds the deployable zip. Throws when the app would not load in Azure (missing file or dependency). */
export function buildPackage(options: BuildPackageOptions): PackageManifest {
    const { projectRoot, compiledRoot, outFile } = options;
    const pkg = readJson<ProjectPackageJson>(path.join(projectRoot, 'package.json'));
    const main = pkg.main;
    if (typeof main !== 'string' || !main.startsWith(`${PACKAGE_OUT_DIR}/`)) {
        throw new Error(`package.json "main" must be a glob under ${PACKAGE_OUT_DIR}/ (it is ${JSON.stringify(main)}).`);
    }
    if (pkg.type === 'module') throw new Error('The packager follows CommonJS requires; package.json "type" must not be "module".');
    const hostJson = path.join(projectRoot, 'host.json');
    if (!existsSync(hostJson)) throw new Error(`${hostJson} is missing.`);

    const mainInCompiled = main.slice(PACKAGE_OUT_DIR.length + 1);
    const entryFiles = expandGlob(mainInCompiled, path.resolve(compiledRoot)).map((f) => toPosix(path.relative(path.resolve(compiledRoot), f)));
    if (entryFiles.length === 0) throw new Error(`No compiled file in ${compiledRoot} matches "${mainInCompiled}" (from "main": "${main}"): build first.`);

    const closure = appClosure(compiledRoot, entryFiles);
    const dependencies = productionDependencies(projectRoot);
    const declared = pkg.dependencies ?? {};
    const missing = [...closure.packages].filter((name) => declared[name] === undefined).sort();
    if (missing.length > 0) {
        throw new Error(`The function code imports ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not in package.json "dependencies" (devDependencies are not deployed).`);
    }
    const topLevel = new Map(dependencies.filter((d) => d.location === `node_modules/${d.name}`).map((d) => [d.name, d.version]));
    const pinned: Record<string, string> = {};
    for (const name of Object.keys(declared).sort()) {
        const version = topLevel.get(name);
        if (version === undefined) throw new Error(`Dependency ${name} is not in the lockfile's production closure: run npm install.`);
        pinned[name] = version;
    }

    const deployedPackageJson = {
        name: pkg.name ?? 'functions-app',
        version: pkg.version ?? '0.0.0',
        private: true,
        ...(pkg.description === undefined ? {} : { description: pkg.description }),
        ...(pkg.license === undefined ? {} : { license: pkg.license }),
        type: pkg.type ?? 'commonjs',
        main,
        dependencies: pinned,
    };

    const files: CollectedFile[] = [];
    const warnings = [...closure.warnings];
    for (const dep of dependencies) collectPackageFiles(path.join(projectRoot, dep.location), dep.location, files, warnings);
    const appFiles = closure.files.map((f) => `${PACKAGE_OUT_DIR}/${f}`);
    for (const [i, f] of closure.files.entries()) files.push({ name: appFiles[i] as string, source: path.join(compiledRoot, f), mode: 0o644 });

    const entries: ZipEntryInput[] = [
        { name: 'host.json', data: readFileSync(hostJson) },
        { name: 'package.json', data: Buffer.from(`${JSON.stringify(deployedPackageJson, null, 2)}\n`) },
        ...files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((f) => ({ name: f.name, data: readFileSync(f.source), mode: f.mode })),
    ];
    mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
    const zipBytes = writeZip(outFile, entries);
    return {
        outFile: path.resolve(outFile),
        zipBytes,
        contentBytes: entries.reduce((n, e) => n + e.data.length, 0),
        entries: entries.map((e) => e.name).sort(),
        appFiles,
        entryFiles: entryFiles.map((f) => `${PACKAGE_OUT_DIR}/${f}`),
        dependencies,
        importedPackages: [...closure.packages].sort(),
        warnings,
    };
}

/** Unpacks a zip into `dir` (created), refusing names that would escape it. */
export function unpackZip(zipFile: string, dir: string): number {
    const root = path.resolve(dir);
    let count = 0;
    for (const entry of readZip(zipFile)) {
        const target = path.resolve(root, entry.name);
        if (!target.startsWith(root + path.sep)) throw new Error(`zip entry ${entry.name} escapes the target folder.`);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, entry.data, { mode: entry.mode });
        count++;
    }
    return count;
}

function formatBytes(n: number): string {
    return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

async function main(argv: readonly string[]): Promise<void> {
    const compiledRoot = path.resolve(__dirname, '..');
    const projectRoot = findProjectRoot(compiledRoot);
    const outIndex = argv.indexOf('--out');
    const outFile = path.resolve(projectRoot, outIndex >= 0 && argv[outIndex + 1] !== undefined ? (argv[outIndex + 1] as string) : DEFAULT_PACKAGE_FILE);
    const manifest = buildPackage({ projectRoot, compiledRoot, outFile });
    const log = (line: string): void => void process.stdout.write(`${line}\n`);
    const shown = path.relative(process.cwd(), manifest.outFile);
    log(`package: ${shown === '' || shown.startsWith('..') ? manifest.outFile : shown}`);
    log(`  ${formatBytes(manifest.zipBytes)} zipped (${formatBytes(manifest.contentBytes)} unpacked), ${manifest.entries.length} files`);
    log(`  app: ${manifest.appFiles.length} compiled files from ${manifest.entryFiles.length} entry files (${manifest.entryFiles.join(', ')})`);
    log(`  node_modules: ${manifest.dependencies.length} production packages; the code imports ${manifest.importedPackages.join(', ')}`);
    for (const warning of manifest.warnings) log(`  warning: ${warning}`);
    if (argv.includes('--no-check')) return;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-functions-package-'));
    try {
        unpackZip(manifest.outFile, dir);
        const report = await loadAppInChild(dir);
        if (report.functions.length === 0) throw new Error(`The package loaded but registered no function.\n${report.output}`);
        log(`  check: ${report.functions.length} functions registered from the unpacked zip, import ${report.importMs.toFixed(0)} ms`);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).catch((err: unknown) => {
        process.stderr.write(`package: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
    });
}
