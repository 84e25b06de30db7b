import type { FastifyPluginAsync } from "fastify";
import formbody from "@fastify/formbody";
import { db } from "../db";

const sms: FastifyPluginAsync = async (app) => {
  await app.register(formbody);

  app.post<{ Body: { From: string; Body: string } }>("/twilio/sms", async (req, reply) => {
    const phone = req.body.From;
    const text = req.body.Body.trim().toUpperCase();
    const status = text === "YES" ? "confirmed" : text === "NO" ? "cancelled" : null;
    if (status) {
      await db
        .updateTable("appointments")
        .set({ status })
        .where("patient_phone", "=", phone)
        .where("starts_at", ">", new Date())
        .execute();
    }
    reply.type("text/xml").send("<Response><Message>Thanks, noted.</Message></Response>");
  });
};

export default sms;
