CREATE TABLE public.private_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES auth.users(id),
  filename text NOT NULL,
  storage_path text NOT NULL,
  notes text,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
