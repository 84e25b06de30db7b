import { pgTable, text, uuid, date } from "drizzle-orm/pg-core";

export const tasks = pgTable("tasks", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull(),
  title: text("title").notNull(),
  status: text("status").notNull().default("open"),
  dueDate: date("due_date"),
});
