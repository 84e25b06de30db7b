import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY || "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");

export async function sendBookingConfirmation(to: string, slot: { date: string; time: string }) {
  await sgMail.send({
    to,
    from: "bookings@studio-lumen.app",
    subject: "Your session is booked",
    text: `See you on ${slot.date} at ${slot.time}.`,
  });
}
