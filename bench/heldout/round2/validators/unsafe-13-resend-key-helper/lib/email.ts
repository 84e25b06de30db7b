import { Resend } from "resend";

const resend = new Resend("re_Hq7Ld2Kx_9TfWmZp4RbNc8VyGs3JeUa6");

export async function sendBookingConfirmation(to: string, slot: { date: string; time: string }) {
  return resend.emails.send({
    from: "Bookings <noreply@studio-luma.app>",
    to,
    subject: `Your booking on ${slot.date}`,
    html: `<p>You're booked for <strong>${slot.time}</strong> on ${slot.date}. See you soon!</p>`,
  });
}
