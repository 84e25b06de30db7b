import { sqliteTable, text } from "drizzle-orm/sqlite-core";

export const bookmarks = sqliteTable("bookmarks", {
  id: text("id").primaryKey(),
  ownerId: text("owner_id").notNull(),
  url: text("url").notNull(),
  title: text("title").notNull(),
});
