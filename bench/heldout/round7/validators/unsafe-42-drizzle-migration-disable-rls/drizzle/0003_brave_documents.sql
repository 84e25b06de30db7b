ALTER TABLE "documents" ADD COLUMN "shared_with" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP POLICY IF EXISTS "documents_owner_select" ON "documents";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "documents_shared_with_idx" ON "documents" USING gin ("shared_with");
