import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GlobPatternError,
  caseInsensitiveExtension,
  parsePatterns,
  resolveWorkspaceFiles,
} from '../../src/action/workspace-files.js';

const DEFAULT_PATTERN = '**/*.{jpg,jpeg,png}';
const canSymlink = process.platform !== 'win32';

const tempDirs: string[] = [];

async function makeTempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'workspace-files-'));
  tempDirs.push(dir);
  return dir;
}

/** Creates a workspace holding the given (POSIX, relative) files. */
async function makeWorkspace(files: string[]): Promise<string> {
  const root = await makeTempDir();
  await writeFiles(root, files);
  return root;
}

async function writeFiles(root: string, files: string[]): Promise<void> {
  for (const file of files) {
    const abs = path.join(root, ...file.split('/'));
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, 'x');
  }
}

async function resolvedPaths(workspace: string, input: string): Promise<string[]> {
  const { files } = await resolveWorkspaceFiles(workspace, input);
  return files.map((f) => f.path);
}

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe('resolveWorkspaceFiles: matching', () => {
  it('default pattern finds jpg/jpeg/png at any depth, any extension case, in dotted dirs', async () => {
    const ws = await makeWorkspace([
      'a.jpg',
      'c.PNG',
      'deep/x/y/b.JPEG',
      '.github/x.png',
      'docs/.hidden.jpg',
      'doc.txt',
      'img.gif',
      'png',
      'jpg.txt',
    ]);
    const { files, refused } = await resolveWorkspaceFiles(ws, DEFAULT_PATTERN);
    expect(files.map((f) => f.path)).toEqual([
      '.github/x.png',
      'a.jpg',
      'c.PNG',
      'deep/x/y/b.JPEG',
      'docs/.hidden.jpg',
    ]);
    const real = await fs.realpath(ws);
    expect(files[3]?.absolutePath).toBe(path.join(real, 'deep', 'x', 'y', 'b.JPEG'));
    expect(refused).toEqual([]);
  });

  it('matches the extension case-insensitively but the directories case-sensitively', async () => {
    const ws = await makeWorkspace([
      'images/a/B.JPG',
      'images/a/b.Jpg',
      'images/a/c.jpeg',
      'Images/a/b.jpg',
      'IMAGES/d.jpg',
    ]);
    expect(await resolvedPaths(ws, 'images/**/*.jpg')).toEqual([
      'images/a/B.JPG',
      'images/a/b.Jpg',
    ]);
  });

  it('drops files matched by `!` exclude lines', async () => {
    const ws = await makeWorkspace([
      'images/a.png',
      'images/drafts/b.png',
      'images/drafts/deep/c.png',
      'images/d-thumb.png',
      'images/drafts.png',
    ]);
    const input = ['images/**/*.png', '!images/drafts/**', '!**/*-thumb.PNG'].join('\n');
    expect(await resolvedPaths(ws, input)).toEqual(['images/a.png', 'images/drafts.png']);
  });

  it('does not prune a directory for an exclude that only covers its direct children', async () => {
    const ws = await makeWorkspace(['vendor/a.png', 'vendor/sub/b.png', 'x1/c.png', 'xy/d.png']);
    // `!vendor/*` leaves vendor/sub/b.png in place; `!x1/**` must prune only `x1`.
    expect(await resolvedPaths(ws, '**/*.png\n!vendor/*\n!x1/**')).toEqual([
      'vendor/sub/b.png',
      'xy/d.png',
    ]);
  });

  it('combines several include lines, ignoring comments, blank lines, ./ and CRLF', async () => {
    const ws = await makeWorkspace(['photos/a.jpg', 'logos/b.png', 'logos/c.jpg', 'other/d.jpg']);
    const input =
      '# photos first\r\n\r\n  ./photos/*.jpg  \r\n   \r\n# then logos\r\nlogos/*.png\r\n';
    expect(await resolvedPaths(ws, input)).toEqual(['logos/b.png', 'photos/a.jpg']);
  });

  it('expands braces', async () => {
    const ws = await makeWorkspace([
      'images/cats/a.jpg',
      'images/dogs/b.PNG',
      'images/dogs/c.gif',
      'images/birds/d.jpg',
    ]);
    expect(await resolvedPaths(ws, 'images/{cats,dogs}/*.{jpg,png}')).toEqual([
      'images/cats/a.jpg',
      'images/dogs/b.PNG',
    ]);
  });

  it('never matches or enters .git and node_modules, even when a pattern names them', async () => {
    const ws = await makeWorkspace([
      '.git/x.png',
      'node_modules/pkg/x.png',
      'sub/node_modules/y.png',
      'sub/.git/z.png',
      'sub/ok.png',
      'worktree/.git',
    ]);
    const visited: string[] = [];
    const input = '**/*.png\nnode_modules/**/*.png\n.git/*.png\nsub/node_modules/*.png\n**/.git';
    const { files } = await resolveWorkspaceFiles(ws, input, {
      onDirectory: (d) => visited.push(d),
    });
    expect(files.map((f) => f.path)).toEqual(['sub/ok.png']);
    expect(visited.sort()).toEqual(['', 'sub', 'worktree']);
  });

  it('returns byte-ordered, de-duplicated paths', async () => {
    const ws = await makeWorkspace([
      'b/z.png',
      'b/a.png',
      'b/_x.png',
      'b/B.png',
      'b/\u{1F600}.png',
      'b/\uFF5E.png',
      'a.png',
    ]);
    // Overlapping patterns would list b/* twice without de-duplication. UTF-8 byte order puts
    // U+FF5E before U+1F600, whereas JavaScript's UTF-16 comparison would not.
    expect(await resolvedPaths(ws, '**/*.png\nb/*.png\nb/*.{png,PNG}')).toEqual([
      'a.png',
      'b/B.png',
      'b/_x.png',
      'b/a.png',
      'b/z.png',
      'b/\uFF5E.png',
      'b/\u{1F600}.png',
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'returns only regular files (skips sockets)',
    async () => {
      const ws = await makeWorkspace(['real.png']);
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(path.join(ws, 'sock.png'), resolve));
      try {
        expect(await resolvedPaths(ws, '*.png')).toEqual(['real.png']);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    },
  );

  it('throws when more files match than maxFiles', async () => {
    const ws = await makeWorkspace(['1.png', '2.png', '3.png', '4.png', '5.png']);
    await expect(resolveWorkspaceFiles(ws, '*.png', { maxFiles: 4 })).rejects.toThrow(
      /more than 4 files.*narrower globs/s,
    );
    await expect(resolveWorkspaceFiles(ws, '*.png', { maxFiles: 4 })).rejects.toBeInstanceOf(
      GlobPatternError,
    );
    const { files } = await resolveWorkspaceFiles(ws, '*.png', { maxFiles: 5 });
    expect(files).toHaveLength(5);
  });

  it('rejects a workspace that does not exist', async () => {
    const missing = path.join(await makeTempDir(), 'nope');
    await expect(resolveWorkspaceFiles(missing, '*.png')).rejects.toThrow(/cannot be resolved/);
  });
});

describe('resolveWorkspaceFiles: invalid patterns', () => {
  it.each([
    ['../x.png', /`\.\.` segments/],
    ['/etc/*.png', /absolute/],
    ['a/../../x', /`\.\.` segments/],
    ['{.,..}/x.png', /`\.\.` segments/],
    ['{/etc,x}/*.png', /absolute/],
    ['~/x.png', /`~`/],
    ['!../x.png', /`\.\.` segments/],
    ['images\\*.png', /backslashes are not supported, use `\/`/],
    ['C:\\x\\*.png', /absolute/],
    ['C:/x/*.png', /absolute/],
    ['\\\\server\\share\\*.png', /absolute/],
    ['!', /must be followed by a pattern/],
    ['!!x.png', /double negation/],
    ['{1..5000}.png', /brace expansion/],
  ])('refuses %s naming the line', async (pattern, problem) => {
    const ws = await makeWorkspace(['a.png']);
    const input = `*.png\n${pattern}\n`;
    const error = await resolveWorkspaceFiles(ws, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlobPatternError);
    const message = (error as Error).message;
    expect(message).toContain(`line 2 ("${pattern}")`);
    expect(message).toMatch(problem);
    expect(message).toContain('relative to the workspace (GITHUB_WORKSPACE)');
  });

  it('throws when there are only exclude patterns', () => {
    expect(() => parsePatterns('# only excludes\n!images/drafts/**\n')).toThrow(
      /no include pattern/,
    );
    expect(() => parsePatterns('\n  \n')).toThrow(GlobPatternError);
  });
});

describe('parsePatterns', () => {
  it('returns brace-expanded, ./-stripped, de-duplicated patterns', () => {
    expect(parsePatterns('./a/*.{jpg,png}\n a/*.jpg\n! ./a/drafts/**\n#!x\n')).toEqual({
      include: ['a/*.jpg', 'a/*.png'],
      exclude: ['a/drafts/**'],
    });
  });
});

describe('caseInsensitiveExtension', () => {
  it.each([
    ['*.jpeg', '*.[jJ][pP][eE][gG]'],
    ['images/**/photo.JPG', 'images/**/photo.[jJ][pP][gG]'],
    ['*.mp4', '*.[mM][pP]4'],
    ['*.tar.gz', '*.tar.[gG][zZ]'],
    ['.github', '.github'],
    ['a/.png', 'a/.png'],
    ['docs.v2/**', 'docs.v2/**'],
    ['*.+(jpg|png)', '*.+(jpg|png)'],
  ])('%s -> %s', (input, expected) => {
    expect(caseInsensitiveExtension(input)).toBe(expected);
  });
});

describe.skipIf(!canSymlink)('resolveWorkspaceFiles: symlinks', () => {
  it('includes a symlinked file whose target is inside the workspace', async () => {
    const ws = await makeWorkspace(['assets/real.png']);
    await fs.symlink(path.join('assets', 'real.png'), path.join(ws, 'link.png'));
    const { files, refused } = await resolveWorkspaceFiles(ws, '**/*.png');
    const real = path.join(await fs.realpath(ws), 'assets', 'real.png');
    expect(files.map(({ path, absolutePath }) => ({ path, absolutePath }))).toEqual([
      { path: 'assets/real.png', absolutePath: real },
      { path: 'link.png', absolutePath: real },
    ]);
    expect(refused).toEqual([]);
  });

  it('refuses a symlinked file pointing outside the workspace without naming the target', async () => {
    const ws = await makeWorkspace(['ok.png']);
    const outside = await makeWorkspace(['secret.png']);
    await fs.symlink(path.join(outside, 'secret.png'), path.join(ws, 'leak.png'));
    const { files, refused } = await resolveWorkspaceFiles(ws, '*.png');
    expect(files.map((f) => f.path)).toEqual(['ok.png']);
    expect(refused).toEqual([
      { path: 'leak.png', reason: 'is a symlink that points outside the workspace; refused' },
    ]);
    expect(JSON.stringify(refused)).not.toContain(outside);
  });

  it('refuses a broken symlink', async () => {
    const ws = await makeWorkspace([]);
    await fs.symlink('missing.png', path.join(ws, 'dangling.png'));
    const { files, refused } = await resolveWorkspaceFiles(ws, '*.png');
    expect(files).toEqual([]);
    expect(refused).toEqual([{ path: 'dangling.png', reason: 'is a broken symlink' }]);
  });

  it('ignores symlinks that do not match the patterns', async () => {
    const ws = await makeWorkspace([]);
    await fs.symlink('/etc/passwd', path.join(ws, 'passwd'));
    expect(await resolveWorkspaceFiles(ws, '*.png')).toEqual({ files: [], refused: [] });
  });

  it('does not descend into symlinked directories (even cyclic ones)', async () => {
    const ws = await makeWorkspace(['images/x.png']);
    await fs.symlink('images', path.join(ws, 'linked'));
    await fs.symlink('.', path.join(ws, 'images', 'loop'));
    const visited: string[] = [];
    const { files, refused } = await resolveWorkspaceFiles(ws, '**/*.png\n**/loop\nlinked', {
      onDirectory: (d) => visited.push(d),
    });
    expect(files.map((f) => f.path)).toEqual(['images/x.png']);
    expect(refused).toEqual([]);
    expect(visited.sort()).toEqual(['', 'images']);
  });

  it('compares real paths when the workspace itself is reached through a symlink', async () => {
    const realWs = await makeWorkspace(['a/real.png']);
    await fs.symlink(path.join(realWs, 'a', 'real.png'), path.join(realWs, 'abs-link.png'));
    const linkWs = path.join(await makeTempDir(), 'ws-link');
    await fs.symlink(realWs, linkWs);
    const { files, refused } = await resolveWorkspaceFiles(linkWs, '**/*.png');
    expect(refused).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['a/real.png', 'abs-link.png']);
    const expected = path.join(await fs.realpath(realWs), 'a', 'real.png');
    expect(files.every((f) => f.absolutePath === expected)).toBe(true);
  });
});

describe('resolveWorkspaceFiles: pruning', () => {
  let ws: string;
  const bigDirs = 200;
  const filesPerDir = 100;

  beforeAll(async () => {
    ws = await fs.mkdtemp(path.join(os.tmpdir(), 'workspace-files-big-'));
    await writeFiles(ws, ['images/a.png', 'images/sub/b.jpg', 'README.md']);
    // 20k files, written one directory at a time to keep open handles bounded.
    for (let d = 0; d < bigDirs; d++) {
      const dir = path.join(ws, 'vendor-big', `pkg${d}`);
      await fs.mkdir(dir, { recursive: true });
      await Promise.all(
        Array.from({ length: filesPerDir }, (_, f) =>
          fs.writeFile(path.join(dir, `f${f}.png`), ''),
        ),
      );
    }
  });

  afterAll(async () => {
    await fs.rm(ws, { recursive: true, force: true });
  });

  async function walk(input: string): Promise<{ paths: string[]; visited: string[] }> {
    const visited: string[] = [];
    const { files } = await resolveWorkspaceFiles(ws, input, {
      onDirectory: (d) => visited.push(d),
    });
    return { paths: files.map((f) => f.path), visited: visited.sort() };
  }

  it('really has 20k matching files under vendor-big when nothing prunes it', async () => {
    const { paths, visited } = await walk(DEFAULT_PATTERN);
    expect(paths).toHaveLength(bigDirs * filesPerDir + 2);
    expect(visited).toContain('vendor-big/pkg199');
  });

  it('never visits a subtree excluded by `!dir/**`', async () => {
    const { paths, visited } = await walk(`${DEFAULT_PATTERN}\n!vendor-big/**`);
    expect(paths).toEqual(['images/a.png', 'images/sub/b.jpg']);
    expect(visited).toEqual(['', 'images', 'images/sub']);
  });

  it('never visits directories that no include pattern can reach', async () => {
    const { paths, visited } = await walk('images/**');
    expect(paths).toEqual(['images/a.png', 'images/sub/b.jpg']);
    expect(visited).toEqual(['', 'images', 'images/sub']);
  });
});

const onLinux = process.platform === 'linux';

describe.skipIf(!onLinux)('resolveWorkspaceFiles: paths over PATH_MAX', () => {
  /** Directory names of 200 bytes with their slash. */
  const LEVEL = 'd'.repeat(199);
  const TOO_LONG =
    /^is skipped: its path on disk is [\d,]+ bytes, and the file system allows at most 4,095 \(PATH_MAX, 4,096 bytes with the terminating NUL\); shorten the directory names$/;

  /**
   * Creates `deep/<LEVEL>/<LEVEL>/…` (`levels` deep) with `x.png` (and `extraFile`) at the
   * bottom, by relative steps from inside: a child process changes into each directory it makes,
   * so no system call names the whole path.
   */
  function makeDeepTree(ws: string, levels: number, extraFile = ''): void {
    const script = `
      const fs = require('node:fs');
      const [ws, levels, level, extra] = process.argv.slice(1);
      process.chdir(ws);
      fs.mkdirSync('deep');
      process.chdir('deep');
      for (let i = 0; i < Number(levels); i++) {
        fs.mkdirSync(level);
        process.chdir(level);
      }
      fs.writeFileSync('x.png', 'x');
      if (extra) fs.writeFileSync(extra, 'x');
    `;
    execFileSync(process.execPath, ['-e', script, ws, String(levels), LEVEL, extraFile]);
  }

  /** Node's recursive rm names whole paths; GNU `rm -rf` works relative to each directory. */
  function removeDeepTree(ws: string): void {
    execFileSync('rm', ['-rf', path.join(ws, 'deep')]);
  }

  const deepDir = (depth: number) => `deep/${Array(depth).fill(LEVEL).join('/')}`;

  it('skips a directory whose path is over PATH_MAX, naming it and the limit, and keeps walking', async () => {
    const ws = await makeWorkspace(['a.png', 'z/b.png']);
    const real = await fs.realpath(ws);
    try {
      makeDeepTree(ws, 22);
      const { files, refused } = await resolveWorkspaceFiles(ws, '**/*.png');
      expect(files.map((f) => f.path)).toEqual(['a.png', 'z/b.png']);
      // The first directory whose path on disk reaches 4,096 bytes.
      const depth = Math.ceil((4096 - Buffer.byteLength(`${real}/deep`)) / 200);
      const bytes = Buffer.byteLength(`${real}/${deepDir(depth)}`);
      expect(bytes).toBeGreaterThanOrEqual(4096);
      expect(refused).toEqual([
        {
          // Shown by its start and end, as a directory.
          path: expect.stringMatching(/^deep\/d{90,}…d{90,}\/$/),
          reason: expect.stringMatching(TOO_LONG),
        },
      ]);
      expect(refused[0]!.reason).toContain(`is ${bytes.toLocaleString('en-US')} bytes`);
      expect(Array.from(refused[0]!.path).length).toBeLessThanOrEqual(201);
    } finally {
      removeDeepTree(ws);
    }
  });

  it('skips a file whose path is over PATH_MAX in a directory that can still be read', async () => {
    const ws = await makeWorkspace(['a.png']);
    const real = await fs.realpath(ws);
    // The directory stays under 4,096 bytes; a 204-byte file name takes the path over.
    const depth = Math.floor((4095 - 8 - Buffer.byteLength(`${real}/deep`)) / 200);
    const name = `${'f'.repeat(200)}.png`;
    try {
      makeDeepTree(ws, depth, name);
      const { files, refused } = await resolveWorkspaceFiles(ws, '**/*.png');
      expect(Buffer.byteLength(`${real}/${deepDir(depth)}/x.png`)).toBeLessThan(4096);
      expect(Buffer.byteLength(`${real}/${deepDir(depth)}/${name}`)).toBeGreaterThan(4096);
      expect(files.map((f) => f.path)).toEqual(['a.png', `${deepDir(depth)}/x.png`]);
      expect(refused).toEqual([
        {
          path: expect.stringMatching(/^deep\/d+…f+\.png$/),
          reason: expect.stringMatching(TOO_LONG),
        },
      ]);
    } finally {
      removeDeepTree(ws);
    }
  });
});

describe.skipIf(!onLinux)('resolveWorkspaceFiles: names that are not UTF-8', () => {
  const NOT_UTF8 =
    'is skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN); rename it';

  it('skips a file whose name is not valid UTF-8, showing the bytes escaped', async () => {
    const ws = await makeWorkspace(['images/ok.png']);
    const dir = Buffer.from(path.join(ws, 'images/'));
    await fs.writeFile(
      Buffer.concat([dir, Buffer.from([0x66, 0xff, 0x2e, 0x70, 0x6e, 0x67])]),
      'x',
    );
    // Valid multi-byte characters stay readable around invalid bytes.
    const mixed = [
      Buffer.from([0xe9]),
      Buffer.from('é'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('ü.png'),
    ];
    await fs.writeFile(Buffer.concat([dir, ...mixed]), 'x');
    const { files, refused } = await resolveWorkspaceFiles(ws, 'images/*.png');
    expect(files.map((f) => f.path)).toEqual(['images/ok.png']);
    expect(refused).toEqual([
      { path: 'images/\\xe9é\\xc3(ü.png', reason: NOT_UTF8 },
      { path: 'images/f\\xff.png', reason: NOT_UTF8 },
    ]);
  });

  it('keeps a valid name that holds U+FFFD itself, read as bytes beside an invalid one', async () => {
    // Names are read as text, and again as bytes when one shows U+FFFD: the character is what
    // Node puts for invalid bytes, but a valid name may hold it too.
    const ws = await makeWorkspace(['images/ok.png', 'images/\uFFFD.png', 'other/\uFFFD.png']);
    const dir = Buffer.from(path.join(ws, 'images/'));
    await fs.writeFile(Buffer.concat([dir, Buffer.from([0xff, 0x2e, 0x70, 0x6e, 0x67])]), 'x');
    const { files, refused } = await resolveWorkspaceFiles(ws, '**/*.png');
    expect(files.map((f) => f.path)).toEqual([
      'images/ok.png',
      'images/\uFFFD.png',
      'other/\uFFFD.png',
    ]);
    expect(refused).toEqual([{ path: 'images/\\xff.png', reason: NOT_UTF8 }]);
  });

  it('skips a directory whose name is not valid UTF-8 instead of descending into it', async () => {
    const ws = await makeWorkspace(['ok.png']);
    const bad = Buffer.concat([Buffer.from(`${ws}/`), Buffer.from([0x61, 0x80])]);
    await fs.mkdir(bad);
    await fs.writeFile(Buffer.concat([bad, Buffer.from('/cat.png')]), 'x');
    const { files, refused } = await resolveWorkspaceFiles(ws, '**/*.png');
    expect(files.map((f) => f.path)).toEqual(['ok.png']);
    expect(refused).toEqual([{ path: 'a\\x80/', reason: `${NOT_UTF8} to label the images in it` }]);
  });
});
