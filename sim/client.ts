/** A tiny fetch client for talking to a simulator in tests and scripts. */

export interface SimResponse<T = unknown> {
  status: number
  headers: Headers
  /** Parsed JSON, the raw text for other media types, undefined when empty. */
  body: T
}

export type SimCall = <T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>
) => Promise<SimResponse<T>>

/** A caller bound to a base URL and a token (`undefined`: no authorization header). */
export function simClient(url: string, token?: string): SimCall {
  return async (method, path, body, headers = {}) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        ...(token ? { authorization: `token ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await res.text()
    const parsed =
      text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text || undefined
    return { status: res.status, headers: res.headers, body: parsed }
  }
}
