-- AlterTable
ALTER TABLE "Document" ENABLE ROW LEVEL SECURITY;

-- CreatePolicy
CREATE POLICY "document_read" ON "Document" AS PERMISSIVE FOR SELECT TO public USING (true);
CREATE POLICY "document_write" ON "Document" AS PERMISSIVE FOR INSERT TO authenticated WITH CHECK ("ownerId" = auth.uid()::text);
CREATE POLICY "document_edit" ON "Document" AS PERMISSIVE FOR UPDATE TO authenticated USING ("ownerId" = auth.uid()::text) WITH CHECK ("ownerId" = auth.uid()::text);
