import { pgTable, uuid, text, boolean } from "drizzle-orm/pg-core";

export const orgSettings = pgTable("org_settings", {
  orgId: uuid("org_id").primaryKey(),
  name: text("name").notNull(),
  billingEmail: text("billing_email"),
  allowSignups: boolean("allow_signups").default(false),
});
