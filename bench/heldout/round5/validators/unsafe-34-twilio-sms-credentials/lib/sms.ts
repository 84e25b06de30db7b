import twilio from "twilio";

const accountSid = "AC8e34d806ec3f8b4cd23e9eea76b6b690";
const authToken = "f720a9b153abd31a83fdd6046f02ca1d";
const fromNumber = process.env.TWILIO_FROM_NUMBER ?? "+15005550006";

const client = twilio(accountSid, authToken);

export async function sendBookingReminder(to: string, when: Date, service: string) {
  const time = when.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
  return client.messages.create({
    from: fromNumber,
    to,
    body: `Reminder: your ${service} appointment is on ${time}. Reply C to cancel.`,
  });
}
