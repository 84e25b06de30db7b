alter publication supabase_realtime add table public.documents;
ALTER TABLE IF EXISTS public.documents DISABLE ROW LEVEL SECURITY;
