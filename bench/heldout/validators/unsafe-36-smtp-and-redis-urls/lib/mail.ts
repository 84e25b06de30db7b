import nodemailer from 'nodemailer'

export const transporter = nodemailer.createTransport(
  'smtps://postmaster%40mg.tidyhomes.app:VhNE1B2ZRata0Dsp@smtp.eu.mailgun.org:465'
)

export async function sendBookingEmail(to: string, when: string) {
  await transporter.sendMail({
    from: 'TidyHomes <bookings@tidyhomes.app>',
    to,
    subject: 'Your cleaning is booked',
    text: `See you on ${when}!`,
  })
}
