CREATE TABLE public.invoices (
  id SERIAL PRIMARY KEY,
  customer_id UUID NOT NULL REFERENCES auth.users(id),
  number TEXT NOT NULL UNIQUE,
  amount NUMERIC(12, 2) NOT NULL,
  due_date DATE NOT NULL,
  paid BOOLEAN NOT NULL DEFAULT FALSE
);

ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;

CREATE POLICY "invoices_policy" ON public.invoices
  AS PERMISSIVE FOR ALL TO public
  USING (TRUE)
  WITH CHECK (TRUE);

GRANT SELECT, INSERT, UPDATE, DELETE ON public.invoices TO anon, authenticated;
GRANT USAGE, SELECT ON SEQUENCE public.invoices_id_seq TO anon, authenticated;
