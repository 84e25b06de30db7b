import sgMail from "@sendgrid/mail";
import twilio from "twilio";

const SENDGRID_API_KEY = "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";
const TWILIO_SID = "ACc707eb054a2fbb37dcc12f6ad1ebd7cc";
const TWILIO_TOKEN = "1ecddd1662a04476fda624055e562ea3";

sgMail.setApiKey(SENDGRID_API_KEY);
const sms = twilio(TWILIO_SID, TWILIO_TOKEN);

export async function remind(to: { email: string; phone?: string }, when: Date) {
  const text = `Reminder: your appointment is on ${when.toLocaleString("en-GB")}.`;
  await sgMail.send({ to: to.email, from: "reminders@brightsmile.clinic", subject: "Appointment reminder", text });
  if (to.phone) await sms.messages.create({ to: to.phone, from: "+15005550006", body: text });
}
