import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';
import type { Config } from '../config.ts';
import type { NextFunction, Request, Response } from 'express';

/*
 * Structured logs (pino, one JSON object per line on standard output). What a request logs at
 * info: its id, method, path, status, duration, client (the key's id, or the address) and the
 * operation's name. Never its body or variables (an ingested article is up to 5 Mi characters
 * of publisher text) and never the Authorization header; those paths are redacted should a
 * debug line carry them.
 */

export const REQUEST_ID_HEADER = 'x-request-id';
/** An incoming id is kept when it looks like one (a load balancer's or a client's trace id). */
const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'qawl' },
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'variables', 'text', 'body'],
        censor: '[redacted]',
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}

declare module 'express-serve-static-core' {
  interface Locals {
    requestId: string;
    log: Logger;
    operationName?: string;
  }
}

/** Gives each request an id (echoed in `X-Request-Id`) and a child logger, and logs its outcome. */
export function requestLogging(logger: Logger, clientOf: (req: Request, res: Response) => string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header(REQUEST_ID_HEADER);
    const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    res.locals.requestId = requestId;
    res.locals.log = logger.child({ requestId });
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.locals.log.debug({ method: req.method, path: req.originalUrl.split('?')[0] }, 'request received');
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        client: clientOf(req, res),
        operation: res.locals.operationName,
      };
      // Probes poll health every few seconds: their lines would bury the requests that matter.
      if (line.path?.startsWith('/health')) res.locals.log.debug(line, 'health');
      else if (res.statusCode >= 500) res.locals.log.warn(line, 'request failed');
      else res.locals.log.info(line, 'request');
    });
    next();
  };
}
