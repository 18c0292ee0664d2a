import { randomUUID } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { HelmetOptions } from "helmet";
import { registerAuthentication } from "./authenticate.ts";
import { handleError, handleNotFound } from "./problems.ts";
import { applySecurityHeaders, securityHeaders } from "./security-headers.ts";
import type { SessionResolver } from "./session-port.ts";

export type HttpOptions = {
  logLevel: string;
  logStream?: NodeJS.WritableStream;
  sessions: SessionResolver;
};

/**
 * Log options: event names and ids only. The URL is logged as its route pattern, never with
 * the query (a name search would leak it); cookies and authorization are redacted.
 */
function loggerOptions(o: HttpOptions): FastifyServerOptions["logger"] {
  if (o.logLevel === "silent") return false;
  return {
    level: o.logLevel,
    ...(o.logStream ? { stream: o.logStream } : {}),
    redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? "unmatched",
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** The security headers of every response (helmet's options). */
export const helmetOptions: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // blob: for the evidence page's blurred thumbnail, which is held only as an object URL
      // in the page's memory (never a cacheable address); only the app's own scripts make one.
      imgSrc: ["'self'", "data:", "blob:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
  referrerPolicy: { policy: "no-referrer" },
  strictTransportSecurity: false,
};

/** Fastify with the request path every capability shares: ids, limits, schemas, auth, errors. */
export async function buildHttpServer(o: HttpOptions) {
  const app = Fastify({
    logger: loggerOptions(o),
    genReqId: () => randomUUID(),
    bodyLimit: 64 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  // The API speaks JSON only; a text body is refused (415) rather than read as a string.
  app.removeContentTypeParser("text/plain");
  app.addHook("onSend", async (_request, reply) => {
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });

  await app.register(fastifyCookie);
  // helmet's headers, computed once (security-headers.ts), on every response as @fastify/helmet
  // set them: before the route runs, so errors and 404s carry them too.
  const headers = securityHeaders(helmetOptions);
  app.addHook("onRequest", (_request, reply, done) => {
    applySecurityHeaders(headers, reply.raw);
    done();
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Sahabat API",
        version: "0.1.0",
        description:
          "Every request is validated, authorised, done in one transaction and audited. Errors are RFC 9457 problem details.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "sahabat_session" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  registerAuthentication(app, o.sessions);
  return app;
}

export type HttpServer = Awaited<ReturnType<typeof buildHttpServer>>;
