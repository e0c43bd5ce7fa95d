import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it, inject } from 'vitest';
import { projectRoot } from '../../../../server/project-paths.js';
import { useTestApp } from '../../../support/app.js';
import { logIn } from '../../../support/auth.js';

const t = useTestApp();

/** `npm run user -- <args>` (its entry file) against the test run's Neo4j. */
function user(args: string[], input?: string) {
  const result = spawnSync(
    path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['server/auth/cli.ts', ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
      input,
      env: {
        ...process.env,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_USERNAME: inject('neo4jUser'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
      },
    },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run user', () => {
  it('adds an account with a generated password shown once, changes its role and disables it', async () => {
    const name = `cli-${Date.now()}`;
    const added = user(['add', name, 'editor']);
    expect(added.code, added.out).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(added.out)?.[1] ?? '';
    const session = await logIn(t.app, name, password);
    expect(session.user.role).toBe('editor');
    expect(user(['role', name, 'reviewer']).code).toBe(0);
    const me = await request(t.app).get('/api/session').set('Cookie', session.cookie).expect(200);
    expect(me.body.user.role).toBe('reviewer');
    expect(user(['disable', name]).code).toBe(0);
    await expect(logIn(t.app, name, password)).rejects.toThrow(/401/);
  });

  it('reads a password from stdin and refuses a short one', async () => {
    const name = `cli-in-${Date.now()}`;
    expect(user(['add', name, 'reader', '--password-stdin'], 'short\n').code).toBe(1);
    const ok = user(['add', name, 'reader', '--password-stdin'], 'a long enough password\n');
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).not.toContain('shown once');
    await logIn(t.app, name, 'a long enough password');
  });

  it('says how to use it when the role is unknown or the command missing', () => {
    const bad = user(['add', 'someone', 'superuser']);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toMatch(/reader|editor|reviewer|admin/);
    expect(user([]).out).toContain('Usage: npm run user');
  });
});
