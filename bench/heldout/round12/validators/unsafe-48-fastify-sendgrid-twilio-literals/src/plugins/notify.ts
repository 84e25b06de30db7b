import fp from "fastify-plugin";
import sgMail from "@sendgrid/mail";
import twilio from "twilio";

sgMail.setApiKey("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");

const sms = twilio("AC002cda2c1c1af7afc9003e85cb95a4da", "26f2ebd00dbba9ea18e76b5dc20f0044");
const FROM_NUMBER = "+15005550006";

declare module "fastify" {
  interface FastifyInstance {
    notify: {
      email(to: string, subject: string, html: string): Promise<void>;
      text(to: string, body: string): Promise<void>;
    };
  }
}

export default fp(async (app) => {
  app.decorate("notify", {
    async email(to: string, subject: string, html: string) {
      await sgMail.send({ to, from: "bookings@example.com", subject, html });
    },
    async text(to: string, body: string) {
      await sms.messages.create({ to, from: FROM_NUMBER, body });
    },
  });

  app.log.info("notification channels ready");
});
