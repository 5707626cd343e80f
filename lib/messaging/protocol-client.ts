/**
 * Typed request/response over any transport (runtime.sendMessage, tabs.sendMessage). The caller
 * passes the transport so that this module stays free of `browser.*` and runs under tests.
 */
import type { Request, RequestOf, RequestType, Response, ResponseMap } from '../messages';

export type Transport = (message: Request) => Promise<unknown>;

export class RequestError extends Error {
  override name = 'RequestError';
}

export async function request<T extends RequestType>(
  transport: Transport,
  message: RequestOf<T>,
): Promise<ResponseMap[T]> {
  const response = (await transport(message)) as Response<T> | undefined;
  if (!response || typeof response !== 'object' || !('ok' in response)) {
    throw new RequestError(`No answer to "${message.type}": the receiver is not listening.`);
  }
  if (!response.ok) throw new RequestError(response.error);
  return response.data;
}
