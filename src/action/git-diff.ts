import { execFile } from 'node:child_process';
import { relative, sep } from 'node:path';
import type { ChangedFile, ChangeStatus } from './changed-files.js';

/**
 * Where the repository is against the workspace: the files API and git name files from the
 * repository's root, the `images` globs from GITHUB_WORKSPACE. They differ when actions/checkout
 * has a `path:` (the repository below the workspace) or the workspace is a folder of it.
 */
export interface RepositoryPlace {
  /** The repository's root, where git runs. */
  root: string;
  /** Turns a repository path into a workspace path; undefined when outside the workspace. */
  toWorkspace(path: string): string | undefined;
}

/** The workspace's git, as changed-files.ts needs it. */
export interface Git {
  /** True when the commit is in the checkout (a shallow clone may lack the base). */
  hasCommit(sha: string): Promise<boolean>;
  /** `git diff --name-status -M <base>...<head>`: what head changed since the merge base. */
  diff(base: string, head: string): Promise<ChangedFile[]>;
}

interface GitOutput {
  code: number;
  stdout: Buffer;
  stderr: string;
}

type RunGit = (args: string[]) => Promise<GitOutput>;

function runGitIn(cwd: string): RunGit {
  return (args) =>
    new Promise((resolve, reject) => {
      execFile(
        'git',
        args,
        // -z output of a large diff can be megabytes; paths are bytes, decoded below.
        { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, windowsHide: true },
        (error, stdout, stderr) => {
          const code = (error as { code?: unknown } | null)?.code;
          if (error && typeof code !== 'number') return reject(error);
          resolve({ code: typeof code === 'number' ? code : 0, stdout, stderr: String(stderr) });
        },
      );
    });
}

const LETTERS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** Parses `git diff --name-status -z`: a status, then one path, or two for R and C. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++] ?? '';
    if (code === '') continue;
    const status = LETTERS[code[0]!] ?? 'changed';
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      files.push({ path, status, previousPath });
    } else {
      files.push({ path: fields[i++] ?? '', status });
    }
  }
  return files.filter((file) => file.path !== '');
}

const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * The repository the workspace is in, or the one a matched file is in (`probe`, a directory
 * below the workspace); the workspace itself, as if it were the root, when git finds none.
 */
export async function locateRepository(
  workspace: string,
  probe: string | undefined,
  run: (cwd: string, args: string[]) => Promise<GitOutput> = (cwd, args) => runGitIn(cwd)(args),
): Promise<RepositoryPlace> {
  const asked = await run(workspace, ['rev-parse', '--show-prefix']).catch(() => undefined);
  if (asked?.code === 0) {
    // The workspace is the repository's root ('') or a folder of it ('images/').
    const prefix = asked.stdout.toString('utf8').trim();
    const root = await run(workspace, ['rev-parse', '--show-toplevel']);
    return {
      root: root.stdout.toString('utf8').trim() || workspace,
      toWorkspace: (path) =>
        prefix === '' ? path : path.startsWith(prefix) ? path.slice(prefix.length) : undefined,
    };
  }
  if (probe) {
    const found = await run(probe, ['rev-parse', '--show-toplevel']).catch(() => undefined);
    const top = found?.code === 0 ? found.stdout.toString('utf8').trim() : '';
    const below = top ? relative(workspace, top).split(sep).join('/') : '';
    if (below && !below.startsWith('..')) {
      return { root: top, toWorkspace: (path) => `${below}/${path}` };
    }
  }
  return { root: workspace, toWorkspace: (path) => path };
}

export function workspaceGit(workspace: string, run: RunGit = runGitIn(workspace)): Git {
  return {
    async hasCommit(sha) {
      if (!SHA.test(sha) && sha !== 'HEAD') return false;
      const { code } = await run(['cat-file', '-e', `${sha}^{commit}`]);
      return code === 0;
    },
    async diff(base, head) {
      const { code, stdout, stderr } = await run([
        '-c',
        'core.quotePath=false',
        'diff',
        '--name-status',
        '-M',
        '-z',
        '--no-color',
        `${base}...${head}`,
        '--',
      ]);
      if (code !== 0) throw new Error(`git diff exited with ${code}: ${stderr.trim()}`);
      return parseNameStatus(stdout.toString('utf8'));
    },
  };
}
