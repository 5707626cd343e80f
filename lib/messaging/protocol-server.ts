/**
 * The receiving side of the protocol: validates every incoming message, refuses what is unknown
 * or malformed, and turns handler failures into `{ ok: false, error }` so no context ever crashes
 * on a bad message.
 */
import { parseRequest, type RequestOf, type RequestType, type Response, type ResponseMap } from '../messages';

export type Handlers<Context> = {
  [T in RequestType]?: (request: RequestOf<T>, context: Context) => Promise<ResponseMap[T]>;
};

export async function handleMessage<Context>(
  handlers: Handlers<Context>,
  message: unknown,
  context: Context,
  onError: (error: unknown, type: string) => void,
): Promise<Response<RequestType>> {
  const parsed = parseRequest(message);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { request } = parsed;
  const handler = handlers[request.type] as
    | ((request: RequestOf<RequestType>, context: Context) => Promise<ResponseMap[RequestType]>)
    | undefined;
  if (!handler) return { ok: false, error: `No handler here for "${request.type}".` };
  try {
    return { ok: true, data: await handler(request, context) };
  } catch (error) {
    onError(error, request.type);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
