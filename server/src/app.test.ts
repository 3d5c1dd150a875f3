import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/build-test-app.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('route table', () => {
  it('declares who may call every route', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(15);
    const undeclared = t.app.routeTable.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('refuses every non-public API route without a login, in Indonesian', async () => {
    const closed = t.app.routeTable.filter(
      (r) => r.access !== 'public' && r.method !== 'HEAD' && r.url.startsWith('/api/'),
    );
    expect(closed.length).toBeGreaterThan(10);
    for (const r of closed) {
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: r.url.replace(':id', '00000000-0000-4000-8000-000000000000'),
      });
      expect({ route: `${r.method} ${r.url}`, status: res.statusCode, message: res.json().message }).toEqual({
        route: `${r.method} ${r.url}`,
        status: 401,
        message: 'Silakan masuk terlebih dahulu.',
      });
    }
  });

  it('refuses to start when a route forgets its declaration', async () => {
    const { default: Fastify } = await import('fastify');
    const { default: errors } = await import('./plugins/errors.js');
    const { default: auth } = await import('./plugins/auth.js');
    const app = Fastify();
    await app.register(errors, { bodyLimit: 1024 });
    await app.register(auth, { db: t.db, config: t.config });
    expect(() => app.get('/api/lupa', async () => 'x')).toThrow(/declares no config.access/);
    await app.close();
  });
});

describe('operations', () => {
  it('answers /health and /ready', async () => {
    expect((await t.app.inject('/health')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/ready')).json()).toEqual({ status: 'ready' });
  });

  it('publishes OpenAPI 3 with every API route', async () => {
    const doc = (await t.app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users', '/api/audit', '/api/centres/{id}']),
    );
    expect((await t.app.inject('/docs/')).statusCode).toBe(200);
  });

  it('answers an unknown API path with a JSON 404 in the user language', async () => {
    const res = await t.app.inject({ url: '/api/tidak-ada', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe('Unknown API address.');
  });

  it('tags every response with a request id', async () => {
    const res = await t.app.inject('/health');
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });
});
