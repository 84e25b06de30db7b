import { z } from "zod";

const PLACEHOLDERS = new Set([
  "sk_live_your_key_here",
  "sk_test_your_key_here",
  "whsec_your_webhook_secret",
]);

const schema = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  DATABASE_URL: z.string().url(),
  NEXT_PUBLIC_APP_URL: z.string().url(),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  console.error("Invalid environment variables", parsed.error.flatten().fieldErrors);
  throw new Error("Invalid environment variables");
}

for (const [name, value] of Object.entries(parsed.data)) {
  if (PLACEHOLDERS.has(value)) {
    throw new Error(`${name} still has the placeholder value from .env.example`);
  }
}

export const env = parsed.data;
