import { pgTable, uuid, text, timestamp, integer } from "drizzle-orm/pg-core";

export const links = pgTable("links", {
  id: uuid("id").primaryKey().defaultRandom(),
  ownerId: uuid("owner_id").notNull(),
  slug: text("slug").notNull().unique(),
  target: text("target").notNull(),
  clicks: integer("clicks").notNull().default(0),
  createdAt: timestamp("created_at").defaultNow(),
});

export const clickEvents = pgTable("click_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  linkId: uuid("link_id").notNull(),
  ip: text("ip"),
  userAgent: text("user_agent"),
  at: timestamp("at").defaultNow(),
});
