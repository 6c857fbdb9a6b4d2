import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { type DestinationStream, type Logger, type LoggerOptions, pino, stdSerializers } from 'pino';
import { type HttpLogger, pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/config';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** An incoming request id is kept only when it is short and plain: it is echoed and written to every line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keys whose values never reach a log line, at any depth. */
const SECRET_KEY = /pass(word|phrase)?|secret|token|cookie|authorization|csrf|session|api[-_]?key/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g;
/** In a URL an address may be percent-encoded (`%40`); any component holding one is masked whole. */
const URL_EMAIL = /[^/?&=#\s]*(@|%40)[^/?&=#\s]*/gi;
/** Path segments after these carry a secret (an invitation or calendar token) unless they are a uuid. */
const TOKEN_IN_PATH = /\/(invitations|calendar-feeds)\/([^/?#]+)/g;

const SERIALIZED = new Set(['req', 'res', 'err']);

const maskTokens = (text: string) =>
  text.replace(TOKEN_IN_PATH, (whole, kind: string, segment: string) => (UUID.test(segment) ? whole : `/${kind}/[token]`));

/** E-mail addresses and tokens in links (an invitation's accept URL) masked in free text. */
export const maskSecrets = (text: string) => maskTokens(text).replace(EMAIL, '[email]');

/** A log-safe copy: secret keys redacted, e-mail addresses masked in every string. */
export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  if (value instanceof Error) return scrub(stdSerializers.err(value), depth + 1);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : scrub(item, depth + 1)]),
  );
}

/** The URL as logged: tokens in the path, secret query parameters and e-mail addresses are masked. */
export function safeUrl(url: string): string {
  const [path, query] = url.split(/\?(.*)/s, 2);
  const safePath = maskTokens(path);
  if (query === undefined) return safePath.replace(URL_EMAIL, '[email]');
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [key, ...rest] = pair.split('=');
      return SECRET_KEY.test(key) ? `${key}=[redacted]` : [key, ...rest].join('=');
    })
    .join('&');
  return `${safePath}?${safeQuery}`.replace(URL_EMAIL, '[email]');
}

/** The request id: the caller's X-Request-Id when it is plain, else a new uuid; echoed on the response. */
export function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

export interface LogSettings {
  level: AppConfig['logLevel'];
  format: AppConfig['logFormat'];
}

/** The one pino logger of a server: JSON lines, or pino-pretty's colours for a person at a terminal. */
export async function createLogger(settings: LogSettings, destination?: DestinationStream): Promise<Logger> {
  const options: LoggerOptions = {
    level: settings.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    // Objects passed to a log call; req, res and err are left to their serializers, which build them safe.
    formatters: {
      log: (object) =>
        Object.fromEntries(
          Object.entries(object).map(([key, value]) => [
            key,
            SERIALIZED.has(key) ? value : SECRET_KEY.test(key) ? '[redacted]' : scrub(value),
          ]),
        ),
    },
    serializers: { err: (error: Error) => scrub(stdSerializers.err(error)) },
    hooks: {
      // Messages are strings: an address or a link's token in one (an error's detail, say) is masked too.
      logMethod(args, method) {
        // An error alone takes its message as the line's message: mask that too.
        const [first, ...rest] = args as unknown[];
        const spread = first instanceof Error && rest.length === 0 ? [{ err: first }, first.message] : [first, ...rest];
        method.apply(this, spread.map((arg) => (typeof arg === 'string' ? maskSecrets(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  // pino-pretty is a development dependency: an install without it falls back to JSON lines.
  const pretty = settings.format === 'pretty' ? await import('pino-pretty').then((module) => module.default).catch(() => null) : null;
  if (pretty) {
    return pino(
      options,
      pretty({
        colorize: !destination && process.stdout.isTTY,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname,context,req,res,responseTime,reqId',
        messageFormat: '{if context}[{context}] {end}{msg}',
        singleLine: true,
        ...(destination ? { destination } : {}),
      }),
    );
  }
  return destination ? pino(options, destination) : pino(options);
}

/** One line per request, when it ends: method, safe URL, status and time; never headers or bodies. */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: requestIdOf,
    quietReqLogger: true,
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: safeUrl(request.url),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (request, response, time) =>
      `${request.method} ${safeUrl((request as { originalUrl?: string }).originalUrl ?? request.url ?? '')} ${response.statusCode} ${time} ms`,
    customErrorMessage: (request, response) =>
      `${request.method} ${safeUrl((request as { originalUrl?: string }).originalUrl ?? request.url ?? '')} ${response.statusCode}`,
  });
}

/** Nest's own start-up chatter (every module, controller and route mapped): shown only at debug level. */
const STARTUP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** Nest's logger on top of nestjs-pino's, without the start-up chatter. */
export function quietStartup(logger: LoggerService): LoggerService {
  const isChatter = (params: unknown[]) => {
    const context = params.at(-1);
    return typeof context === 'string' && STARTUP_CONTEXTS.has(context);
  };
  return {
    log(message: unknown, ...params: unknown[]) {
      if (isChatter(params)) logger.debug?.(message, ...params);
      else logger.log(message, ...params);
    },
    error(message: unknown, ...params: unknown[]) {
      logger.error(message, ...params);
    },
    warn(message: unknown, ...params: unknown[]) {
      logger.warn(message, ...params);
    },
    debug(message: unknown, ...params: unknown[]) {
      logger.debug?.(message, ...params);
    },
    verbose(message: unknown, ...params: unknown[]) {
      logger.verbose?.(message, ...params);
    },
    fatal(message: unknown, ...params: unknown[]) {
      logger.fatal?.(message, ...params);
    },
  };
}
