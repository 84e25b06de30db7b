import type { FastifyInstance } from "fastify";

const BASE = process.env.PUBLIC_BASE_URL ?? "https://app.example.com";

function sameOriginPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || /[\\\u0000-\u001f]/.test(raw)) return "/";
  try {
    const u = new URL(raw, BASE);
    return u.origin === new URL(BASE).origin ? `${u.pathname}${u.search}` : "/";
  } catch {
    return "/";
  }
}

export default async function authRoutes(app: FastifyInstance) {
  app.post<{ Body: { email: string; password: string }; Querystring: { next?: string } }>(
    "/login",
    async (req, reply) => {
      const ok = await app.users.login(req.body.email, req.body.password, reply);
      if (!ok) return reply.code(401).send({ error: "invalid" });
      return reply.redirect(sameOriginPath(req.query.next), 303);
    }
  );
}
