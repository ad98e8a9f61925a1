import type { Express } from 'express';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  /** A router, or the API's dispatch to its routers by first path segment (src/http/api.ts). */
  handle?: { stack?: Layer[]; sections?: Map<string, { stack: Layer[] }> };
}

/** Every method + path Express will answer, read from the app's own router (mount paths included). */
function servedRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          out.push(`${method} ${prefix}${layer.route.path.replace(/:(\w+)/g, '{$1}')}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack, prefix + (layer.rawPath ?? ''));
      } else if (layer.handle?.sections) {
        for (const section of layer.handle.sections.values()) walk(section.stack, prefix);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out.sort();
}

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document that documents every route the app serves, and no other', async () => {
    const res = await t.http.get('/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
      .sort();
    // The document itself is not an operation of the API it describes.
    const served = servedRoutes(t.app).filter((r) => r !== 'get /openapi.json');
    expect(served.length).toBeGreaterThan(15);
    expect(documented).toEqual(served);
  });

  it('describes request bodies, money as decimal strings and problems', async () => {
    const doc = (await t.http.get('/openapi.json')).body;
    const post = doc.paths['/api/v1/institutions/{id}/courses'].post;
    expect(post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CourseInput');
    expect(doc.components.schemas.CourseInput.properties.pricePerLesson.type).toBe('string');
    expect(post.responses['422'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await t.http.get('/docs/').expect(200);
    expect(res.text).toContain('swagger-ui');
  });
});
