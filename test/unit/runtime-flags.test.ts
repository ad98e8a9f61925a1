import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVICE_NODE_FLAGS } from '../../src/runtime-flags';

/** npm start and the Docker image start the service with the flags the bench measured it with. */

const ROOT = path.resolve(__dirname, '../..');

it('npm start passes every service flag to node', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const start = pkg.scripts['start']!.split(/\s+/);
  expect(start[0]).toBe('node');
  for (const flag of SERVICE_NODE_FLAGS) expect(start.indexOf(flag)).toBeGreaterThan(0);
  // node's own flags come before the entry point
  expect(Math.max(...SERVICE_NODE_FLAGS.map((f) => start.indexOf(f)))).toBeLessThan(start.indexOf('src/server.ts'));
});

it('the Docker image passes every service flag to node', () => {
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'))?.[1];
  const argv = JSON.parse(cmd ?? '[]') as string[];
  expect(argv[0]).toBe('node');
  expect(argv.slice(1, -1)).toEqual([...SERVICE_NODE_FLAGS]);
  expect(argv.at(-1)).toBe('dist/src/server.js');
});
