/**
 * GET /: a small, honest page until the web app lands. Kept apart so the web app can replace it by
 * registering its own handler for `/` instead of this plugin.
 */
import type { FastifyPluginAsync } from 'fastify';

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>nexo</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
  code { background: #f3f3f3; padding: 0 .25em; border-radius: 3px; }
</style>
</head>
<body>
<h1>nexo is running</h1>
<p>This is the nexo server. The web app is not part of this build yet; for now you can use the REST API and the command line.</p>
<ul>
  <li><a href="/api/health">/api/health</a>: is the server up and the database answering?</li>
  <li><a href="/api/openapi.json">/api/openapi.json</a>: the REST API, described as OpenAPI 3.1.</li>
</ul>
<p>From a terminal, <code>nexo --help</code> lists the commands of the CLI: add contacts, log interactions and see who to reach out to today.</p>
</body>
</html>
`;

/** Serves the placeholder home page at `/`. */
export const homePage: FastifyPluginAsync = async (app) => {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(page),
  );
};
