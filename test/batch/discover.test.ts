// Discovery stays inside the input folders: links leading out, special files, unreadable folders, odd names.
import type { Dirent } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, UsageError } from '../../src/batch/discover.js';
import { displayName } from '../../src/batch/display-name.js';

const folder = () => mkdtempSync(join(tmpdir(), 'wenshen-discover-'));

describe('discover', () => {
  it('does not follow a link leading outside the input folder, and lists it as skipped', async () => {
    const dir = folder();
    const outside = folder();
    writeFileSync(join(outside, 'secret.txt'), '不应读取');
    writeFileSync(join(dir, 'a.txt'), '工作总结');
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    symlinkSync('/proc/self/pagemap', join(dir, 'pagemap.txt'));
    const found = await discover([dir]);
    expect(found.files.map((f) => f.path)).toEqual(['a.txt']);
    expect(found.skipped).toEqual([
      { path: 'elsewhere', reason: expect.stringContaining('outside the input folder') },
      { path: 'pagemap.txt', reason: expect.stringContaining('outside the input folder') },
      { path: 'passwd.txt', reason: expect.stringContaining('outside the input folder') },
    ]);
  });

  it('follows links that stay inside the folder, and links leading out with followSymlinks', async () => {
    const dir = folder();
    const outside = folder();
    writeFileSync(join(outside, 'b.txt'), '工作总结');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), '工作总结');
    symlinkSync(join(dir, 'sub', 'a.txt'), join(dir, 'link-a.txt'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    expect((await discover([dir])).files.map((f) => f.path)).toEqual(['link-a.txt', 'sub/a.txt']);
    expect((await discover([dir], { followSymlinks: true })).files.map((f) => f.path)).toEqual(['elsewhere/b.txt', 'link-a.txt', 'sub/a.txt']);
  });

  it('reads only regular files: a named pipe is skipped', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'a.txt'), '工作总结');
    const found = await discover([dir]);
    expect(found.files.map((f) => f.path)).toEqual(['a.txt']);
    expect(found.skipped).toEqual([{ path: 'pipe.txt', reason: 'not a regular file' }]);
  });

  it('warns about a folder it cannot read and goes on with the others', async () => {
    // Tests run as root, whom chmod 000 does not stop: the failure readdir gives an unprivileged user is injected.
    const dir = folder();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.txt'), '工作总结');
    writeFileSync(join(dir, 'a.txt'), '工作总结');
    const readFolder = async (path: Buffer): Promise<Dirent<Buffer>[]> => {
      if (path.toString().endsWith('/locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      return readdir(path, { withFileTypes: true, encoding: 'buffer' });
    };
    const found = await discover([dir], { readFolder });
    expect(found.files.map((f) => f.path)).toEqual(['a.txt']);
    expect(found.warnings).toEqual(['folder locked cannot be read (EACCES); its files are left out']);
  });

  it('keeps one record per GBK-named file, opened by its bytes and shown escaped', async () => {
    const dir = folder();
    // 工作总结 and 工作计划 in GBK: both decode to the same replacement characters as UTF-8.
    const names = [Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xd7, 0xdc, 0xbd, 0xe1]), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xbc, 0xc6, 0xbb, 0xae])];
    for (const name of names) writeFileSync(Buffer.concat([Buffer.from(dir + '/'), name, Buffer.from('.txt')]), '工作总结');
    const found = await discover([dir]);
    expect(found.files.map((f) => f.path)).toEqual(['\\xb9\\xa4\\xd7\\xf7\\xbc\\xc6\\xbb\\xae.txt', '\\xb9\\xa4\\xd7\\xf7\\xd7\\xdc\\xbd\\xe1.txt']);
    expect(found.files.every((f) => Buffer.isBuffer(f.file))).toBe(true);
  });

  it('never reads the output folder inside the input folder', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), '工作总结');
    mkdirSync(join(dir, 'out', 'texts'), { recursive: true });
    writeFileSync(join(dir, 'out', 'texts', '0123.txt'), '上次的输出');
    expect((await discover([dir], { exclude: [join(dir, 'out')] })).files.map((f) => f.path)).toEqual(['a.txt']);
    await expect(discover([dir], { exclude: [dir] })).rejects.toThrow(UsageError);
  });

  it('lists unreadable-looking formats for an E_UNSUPPORTED record, and images and system files as skipped', async () => {
    const dir = folder();
    for (const name of ['a.docx', 'b.odt', 'c.xlsx', 'd.caj', 'scan.jpg', 'Thumbs.db', '~$a.docx', 'notes.exe']) writeFileSync(join(dir, name), 'x');
    const found = await discover([dir]);
    expect(found.files.map((f) => f.path)).toEqual(['a.docx', 'b.odt', 'c.xlsx', 'd.caj']);
    expect(found.skipped.map((s) => [s.path, s.reason.split(' ')[0]])).toEqual([
      ['Thumbs.db', 'system'],
      ['notes.exe', 'not'],
      ['scan.jpg', 'image'],
      ['~$a.docx', 'system'],
    ]);
  });
});

describe('displayName', () => {
  it.each([
    ['报告.docx', '报告.docx'],
    ['\x1b]0;owned\x07a.txt', '\\x1b]0;owned\\x07a.txt'],
    ['a\nb.txt', 'a\\x0ab.txt'],
    ['evil\u202etxt.exe', 'evil\\u202etxt.exe'],
    ['back\\slash.txt', 'back\\\\slash.txt'],
  ])('%j shows as %j', (name, shown) => {
    expect(displayName(Buffer.from(name))).toBe(shown);
  });

  it('escapes bytes that are not UTF-8', () => {
    expect(displayName(Buffer.concat([Buffer.from('文件/'), Buffer.from([0x61, 0xb9, 0xa4, 0xc6, 0xbb])]))).toBe('文件/a\\xb9\\xa4\\xc6\\xbb');
  });
});
