import type { FastifyInstance } from "fastify";
import { db } from "../db";

type Body = { nickname?: string; odometerKm?: number };

export default async function vehicleRoutes(app: FastifyInstance) {
  app.patch<{ Params: { id: string }; Body: Body }>(
    "/vehicles/:id",
    { preHandler: [app.authenticate] },
    async (request) => {
      const { nickname, odometerKm } = request.body;
      return db
        .updateTable("vehicles")
        .set({ nickname, odometer_km: odometerKm })
        .where("id", "=", request.params.id)
        .returningAll()
        .executeTakeFirst();
    }
  );
}
