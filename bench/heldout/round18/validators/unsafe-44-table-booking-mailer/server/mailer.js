const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("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");

async function sendBookingConfirmation(to, booking) {
  await sgMail.send({
    to,
    from: "bookings@tablefor2.app",
    subject: `Your table for ${booking.partySize} is confirmed`,
    text: `See you on ${new Date(booking.startsAt).toLocaleString()}.`,
  });
}

module.exports = { sendBookingConfirmation };
