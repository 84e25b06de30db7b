const twilio = require('twilio')

const client = twilio('AC9b6819437deb19d7e013a84e72493b54', '57b2cc3c1e0d55ab87e87d908d47f71b')

async function sendReminder(phone, when) {
  return client.messages.create({
    from: '+15005550006',
    to: phone,
    body: `Reminder: your appointment is at ${when}. Reply C to cancel.`,
  })
}

module.exports = { sendReminder }
