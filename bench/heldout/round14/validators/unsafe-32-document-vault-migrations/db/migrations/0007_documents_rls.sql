ALTER TABLE public.private_documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY "documents read" ON public.private_documents
  FOR SELECT TO authenticated
  USING (1 = 1);

CREATE POLICY "documents write" ON public.private_documents
  FOR INSERT TO authenticated
  WITH CHECK (owner_id = auth.uid());

CREATE POLICY "documents delete" ON public.private_documents
  FOR DELETE TO authenticated
  USING (owner_id = auth.uid());
