import { z } from "zod";

const schema = z.object({
  OPENAI_API_KEY: z.string().startsWith("sk-"),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  DATABASE_URL: z.string().url(),
});

export const env = schema.parse(process.env);
