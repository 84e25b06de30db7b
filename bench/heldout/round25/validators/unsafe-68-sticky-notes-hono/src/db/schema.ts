import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

export const notes = sqliteTable("notes", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  content: text("content").notNull(),
  color: text("color").default("yellow"),
  updatedAt: integer("updated_at", { mode: "timestamp" }),
});
