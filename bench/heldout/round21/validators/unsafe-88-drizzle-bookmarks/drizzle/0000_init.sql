CREATE TABLE IF NOT EXISTS "bookmarks" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"url" text NOT NULL,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookmarks" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "bookmarks_owner" ON "bookmarks" AS PERMISSIVE FOR ALL TO "authenticated" USING ("bookmarks"."user_id" = auth.uid()) WITH CHECK ("bookmarks"."user_id" = auth.uid());
