import twilio from "twilio";
import { config } from "../config";
import { upcomingBookings } from "../db/bookings";

const client = twilio(config.twilio.accountSid, config.twilio.authToken);

export async function sendReminders() {
  for (const b of await upcomingBookings(config.reminderLeadMinutes)) {
    await client.messages.create({ to: b.phone, from: config.twilio.from, body: `Reminder: your slot at ${b.time}` });
  }
}
