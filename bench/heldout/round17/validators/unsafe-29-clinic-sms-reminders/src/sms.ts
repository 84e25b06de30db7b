import express from "express";
import twilio from "twilio";
import { cancelAppointmentByPhone } from "./appointments";

const client = twilio("AC2dee75d7b56a17ed1a060fc44b0eaef4", "c7af06f760afc1ca96bf37b27814987b");
export const sms = express.Router();

sms.post("/twilio/inbound", express.urlencoded({ extended: false }), async (req, res) => {
  const from: string = req.body.From;
  const text: string = (req.body.Body || "").trim().toUpperCase();
  if (text === "CANCEL") {
    await cancelAppointmentByPhone(from);
    await client.messages.create({ to: from, from: process.env.TWILIO_FROM!, body: "Your appointment is cancelled." });
  }
  res.type("text/xml").send("<Response/>");
});
