import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { projectRoot } from './lib/paths.js';

const env = (e: Record<string, string>) => e as NodeJS.ProcessEnv;

describe('config', () => {
  it('names the bad setting in one line', () => {
    expect(() => loadConfig(env({ PORT: 'tiga ribu' }))).toThrow(
      new ConfigError('Invalid setting PORT: Invalid input: expected number, received NaN'),
    );
    expect(() => loadConfig(env({ DATABASE_URL: 'mysql://x' }))).toThrow(
      /^Invalid setting DATABASE_URL: must start with postgres/,
    );
    expect(() => loadConfig(env({ DATABASE_URL: 'postgres://x/y' }))).toThrow(
      'Invalid setting SESSION_SECRET: required when DATABASE_URL is set',
    );
    expect(() => loadConfig(env({ SESSION_SECRET: 'pendek' }))).toThrow(
      'Invalid setting SESSION_SECRET: must be at least 32 characters',
    );
    expect(() => loadConfig(env({ PUBLIC_URL: 'sentra.go.id' }))).toThrow(/^Invalid setting PUBLIC_URL/);
  });

  it('uses secure cookies behind an https public URL', () => {
    const c = loadConfig(
      env({
        DATABASE_URL: 'postgres://a@b/c',
        SESSION_SECRET: 'x'.repeat(32),
        PUBLIC_URL: 'https://sentra.example.id/',
      }),
    );
    expect(c).toMatchObject({ secureCookies: true, publicUrl: 'https://sentra.example.id', port: 3000 });
  });

  it('stops the server with exit code 2 and one line on bad config', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: '99999', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.status).toBe(2);
    expect(res.stderr.trim()).toBe('Invalid setting PORT: Too big: expected number to be <=65535');
  });
});
