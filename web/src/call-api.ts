/** An answer of the API that was not 2xx; `message` is the server's own sentence. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly ruleId: string,
    message: string,
  ) {
    super(message);
  }
}

async function read<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body as { ruleId?: string; message?: string } | null;
    throw new ApiFailure(response.status, error?.ruleId ?? 'http', error?.message ?? `HTTP ${response.status}`);
  }
  return body as T;
}

export async function getJson<T>(path: string, query: Readonly<Record<string, string | number | boolean | undefined>> = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return read<T>(await fetch(search ? `${path}?${search}` : path, { headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return read<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}
