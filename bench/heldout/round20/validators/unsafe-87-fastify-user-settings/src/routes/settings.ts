import type { FastifyPluginAsync } from "fastify";

const settingsRoutes: FastifyPluginAsync = async (app) => {
  app.addHook("preHandler", app.authenticate);

  app.get<{ Querystring: { userId: string } }>("/settings", async (req) => {
    const { rows } = await app.pg.query("SELECT email_notifications, phone, timezone FROM user_settings WHERE user_id = $1", [
      req.query.userId,
    ]);
    return rows[0] ?? {};
  });

  app.put<{ Querystring: { userId: string }; Body: { phone: string; timezone: string } }>("/settings", async (req) => {
    await app.pg.query("UPDATE user_settings SET phone = $1, timezone = $2 WHERE user_id = $3", [
      req.body.phone,
      req.body.timezone,
      req.query.userId,
    ]);
    return { ok: true };
  });
};

export default settingsRoutes;
