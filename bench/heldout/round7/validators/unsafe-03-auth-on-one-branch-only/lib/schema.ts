import { pgTable, text, uuid, timestamp, boolean } from "drizzle-orm/pg-core";

export const boards = pgTable("boards", {
  id: uuid("id").primaryKey().defaultRandom(),
  ownerId: text("owner_id").notNull(),
  title: text("title").notNull(),
  archived: boolean("archived").notNull().default(false),
  updatedAt: timestamp("updated_at").defaultNow(),
});
