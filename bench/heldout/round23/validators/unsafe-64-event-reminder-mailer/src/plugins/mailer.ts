import fp from 'fastify-plugin'
import sgMail from '@sendgrid/mail'

sgMail.setApiKey('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')

declare module 'fastify' {
  interface FastifyInstance {
    sendReminder: (to: string, eventName: string, startsAt: Date) => Promise<void>
  }
}

export default fp(async (app) => {
  app.decorate('sendReminder', async (to: string, eventName: string, startsAt: Date) => {
    await sgMail.send({
      to,
      from: { email: 'hello@meetup-hub.example', name: 'Meetup Hub' },
      subject: `Reminder: ${eventName} is tomorrow`,
      text: `See you at ${eventName} on ${startsAt.toLocaleString('en-US')}.`,
    })
  })
})
