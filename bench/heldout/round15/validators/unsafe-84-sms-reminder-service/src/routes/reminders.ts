import type { FastifyInstance } from "fastify";
import { sql } from "../db";

export default async function reminders(app: FastifyInstance) {
  app.addHook("preHandler", app.authenticate);

  app.get<{ Params: { appointmentId: string } }>("/reminders/:appointmentId", async (request) => {
    const userId = request.user.sub;
    const rows = await sql.unsafe(
      `select r.id, r.send_at, r.channel, r.status
         from reminders r
         join appointments a on a.id = r.appointment_id
        where a.owner_id = '${userId}' and r.appointment_id = ${request.params.appointmentId}
        order by r.send_at`
    );
    return rows;
  });
}
