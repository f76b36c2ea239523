/**
 * The MCP wiring, on the official `@modelcontextprotocol/sdk` (loaded only by `lark-cli mcp`):
 * `tools/list` answers from the generated table, `tools/call` hands over to the ToolRunner.
 * Transports: stdio, or Streamable HTTP on 127.0.0.1 (stateless: one server per request).
 */
import http from 'node:http';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { VERSION } from '../version.js';
import { errorResult, type ToolRunner } from './run-tool.js';
import type { McpTool } from './types.js';

export interface Served {
  /** The tools under the names clients see. */
  readonly tools: ReadonlyMap<string, McpTool>;
  readonly runner: ToolRunner;
}

const INSTRUCTIONS =
  'Lark / Feishu messaging. Prefer the shortcut tools (im_messages_send, im_chat_messages_list, …) over the raw API ' +
  'method tools (im_v1_…): they resolve names, upload files and format answers. Local files are read from and saved ' +
  'to the files folder the server was started with, by relative path.';

function makeServer(s: Served): Server {
  const server = new Server({ name: 'lark-cli', version: VERSION }, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  // Built once: every tools/list answers with the same objects.
  const listed = [...s.tools].map(([name, t]) => ({
    name,
    description: t.description,
    inputSchema: t.inputSchema,
    outputSchema: t.outputSchema,
    annotations: t.annotations,
  }));
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: listed as never }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    const tool = s.tools.get(req.params.name);
    if (!tool) {
      return errorResult(new Error(`Unknown tool "${req.params.name}"`)) as never;
    }
    return (await s.runner.call(tool, req.params.name, req.params.arguments)) as never;
  });
  return server;
}

export async function serveStdio(s: Served): Promise<void> {
  const server = makeServer(s);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  await new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.on('end', () => resolve());
  });
}

/** Serves Streamable HTTP at http://127.0.0.1:PORT/mcp until the process is stopped; `ready` gets the port. */
export async function serveHttp(s: Served, port: number, ready: (port: number) => void): Promise<void> {
  const httpServer = http.createServer((req, res) => void handle(req, res));
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the MCP endpoint is /mcp\n');
      return;
    }
    if (req.method !== 'POST') {
      // Stateless: no server-initiated stream and no session to end.
      res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain' }).end('Method not allowed: POST JSON-RPC messages to /mcp\n');
      return;
    }
    const bound = (httpServer.address() as { port: number }).port;
    // A web page cannot reach the server through a DNS name rebound to 127.0.0.1.
    if (![`127.0.0.1:${bound}`, `localhost:${bound}`].includes(req.headers.host ?? '')) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: the Host header must be 127.0.0.1 or localhost\n');
      return;
    }
    const server = makeServer(s);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal error' }, id: null }));
    }
  };
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', () => resolve());
  });
  ready((httpServer.address() as { port: number }).port);
  await new Promise<void>((resolve) => {
    const stop = () => httpServer.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
