import { Resend } from "resend";

const RESEND_API_KEY =
  "re_3jfuJQDp" +
  "HWhltiBFGA4-" +
  "byt60hR-Z90b";

const resend = new Resend(RESEND_API_KEY);

export async function sendBookingConfirmation(to: string, slot: string) {
  return resend.emails.send({
    from: "Bookings <bookings@studio-lumen.fr>",
    to,
    subject: "Votre réservation est confirmée",
    html: `<p>Merci ! Votre créneau du <strong>${slot}</strong> est réservé.</p>`,
  });
}
