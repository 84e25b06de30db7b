import { z } from "zod";

const EnvSchema = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  RESEND_API_KEY: z.string().startsWith("re_"),
  DATABASE_URL: z.string().url(),
});

export const env = EnvSchema.parse(process.env);
