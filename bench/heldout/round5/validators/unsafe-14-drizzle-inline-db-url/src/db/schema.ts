import { pgTable, uuid, text, integer, timestamp } from "drizzle-orm/pg-core";

export const habits = pgTable("habits", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id").notNull(),
  name: text("name").notNull(),
  streak: integer("streak").notNull().default(0),
  createdAt: timestamp("created_at").defaultNow(),
});
