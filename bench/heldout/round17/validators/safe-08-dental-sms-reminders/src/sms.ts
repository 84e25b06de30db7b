import express from "express";
import twilio from "twilio";
import { cancelAppointmentByPhone } from "./appointments";

export const sms = express.Router();
const PUBLIC_URL = `${process.env.PUBLIC_BASE_URL}/twilio/inbound`;

sms.post("/twilio/inbound", express.urlencoded({ extended: false }), async (req, res) => {
  const ok = twilio.validateRequest(
    process.env.TWILIO_AUTH_TOKEN!,
    req.get("X-Twilio-Signature") ?? "",
    PUBLIC_URL,
    req.body
  );
  if (!ok) return res.status(403).send("Invalid signature");

  if (String(req.body.Body ?? "").trim().toUpperCase() === "CANCEL") {
    await cancelAppointmentByPhone(String(req.body.From));
  }
  res.type("text/xml").send("<Response><Message>Your appointment is cancelled.</Message></Response>");
});
