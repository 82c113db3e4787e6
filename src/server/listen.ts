import type { FastifyInstance } from 'fastify';

/** Starts listening; a port in use or a host that cannot be bound is one clear error. */
export async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  try {
    await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} on ${host} is in use; pass another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`--host ${host}: not an address of this machine`);
    if (code === 'EACCES') throw new Error(`port ${port}: permission denied (ports below 1024 need privileges)`);
    throw error;
  }
  const address = app.server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${bound}/`;
}

/** Closes the server (and whatever `onClose` releases) on Ctrl-C or a TERM signal. */
export function closeOnSignals(app: FastifyInstance, onClose: () => Promise<void>): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void app
      .close()
      .then(onClose)
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
