// Dev-server middleware for the load tests: one URL per way a framework load can fail, and one
// that answers slowly, so tests can move an element while its fetch is under way.
//   /__load/500          Internal Server Error
//   /__load/reset        the connection is dropped without an answer
//   /__load/hang         never answers (until the browser gives up)
//   /__load/html         200 with an HTML page (not JSON)
//   /__load/not-framework 200 with JSON that is not a framework
//   /__load/slow?ms=N    the default framework after N ms
//   /__load/missing      404 (the dev server's own answer for an unknown path)
import { readFileSync } from 'node:fs';

const acme = readFileSync(new URL('../../src/examples/acme.json', import.meta.url), 'utf8');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for @web/test-runner's dev server. */
export async function loadFixtures(ctx, next) {
  if (!ctx.path.startsWith('/__load/')) return next();
  ctx.set('cache-control', 'no-store');
  switch (ctx.path.slice('/__load/'.length)) {
    case '500':
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return;
    case 'reset':
      ctx.status = 200; // for the dev server's log only: nothing is sent
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'hang':
      ctx.status = 200; // for the dev server's log only: nothing is sent
      ctx.respond = false;
      // Held open until the browser aborts; the timer only bounds a forgotten request.
      await Promise.race([new Promise((resolve) => ctx.res.on('close', resolve)), wait(60_000)]);
      if (!ctx.res.writableEnded) ctx.res.destroy();
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Sorry.</p>';
      return;
    case 'not-framework':
      ctx.type = 'application/json';
      ctx.body = '{"hello": "world"}';
      return;
    case 'slow':
      await wait(Math.min(Number(ctx.query.ms) || 300, 10_000));
      ctx.type = 'application/json';
      ctx.body = acme;
      return;
    default:
      return next();
  }
}
