import { pgTable, uuid, text, timestamp } from 'drizzle-orm/pg-core'

export const standupNotes = pgTable('standup_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  authorId: uuid('author_id').notNull(),
  yesterday: text('yesterday').notNull(),
  today: text('today').notNull(),
  blockers: text('blockers'),
  createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
})
