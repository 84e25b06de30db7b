const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("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");

async function sendBookingConfirmation(to, booking) {
  await sgMail.send({
    to,
    from: { email: "bookings@yogastudio.example", name: "Studio Bookings" },
    subject: `You're booked: ${booking.className}`,
    text: `See you on ${new Date(booking.startsAt).toLocaleString("en-GB")}.`,
  });
}

async function sendCancellation(to, booking) {
  await sgMail.send({
    to,
    from: "bookings@yogastudio.example",
    subject: `Cancelled: ${booking.className}`,
    text: "Your booking was cancelled. You have not been charged.",
  });
}

module.exports = { sendBookingConfirmation, sendCancellation };
