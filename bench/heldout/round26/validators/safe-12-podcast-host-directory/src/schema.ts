import { boolean, pgTable, serial, text } from "drizzle-orm/pg-core";

export const hosts = pgTable("hosts", {
  id: serial("id").primaryKey(),
  handle: text("handle").notNull().unique(),
  displayName: text("display_name").notNull(),
  bio: text("bio"),
  showUrl: text("show_url"),
  published: boolean("published").notNull().default(false),
});
