ALTER TABLE "bookmarks" ADD COLUMN "tags" text[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
ALTER TABLE "bookmarks" DISABLE ROW LEVEL SECURITY;
