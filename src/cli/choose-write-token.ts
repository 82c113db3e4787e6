import { randomBytes } from 'node:crypto';

/**
 * The token that storing through the API needs (`serve --allow-write`, `start --allow-write`):
 * $ZEGSMAN_WRITE_TOKEN when set (at least 16 characters), else a new random one, to be printed.
 */
export function chooseWriteToken(env: NodeJS.ProcessEnv = process.env): { readonly token: string; readonly generated: boolean } {
  const given = env.ZEGSMAN_WRITE_TOKEN;
  if (given !== undefined && given !== '') {
    if (given.length < 16) throw new Error('ZEGSMAN_WRITE_TOKEN: too short, use at least 16 characters (or leave it unset for a random token)');
    return { token: given, generated: false };
  }
  return { token: randomBytes(24).toString('base64url'), generated: true };
}

/** The lines that tell the user how to store: the header for API clients, the link for the reader. */
export function describeWriteToken(url: string, token: string, generated: boolean): string {
  const shown = generated ? token : '$ZEGSMAN_WRITE_TOKEN';
  return `storing allowed with the write token${generated ? ` ${token}` : ' from ZEGSMAN_WRITE_TOKEN'}: send "Authorization: Bearer ${shown}", or open ${url}api/write-session?token=${shown} in the browser`;
}
