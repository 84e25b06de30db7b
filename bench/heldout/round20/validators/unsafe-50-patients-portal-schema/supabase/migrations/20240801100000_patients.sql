CREATE TABLE public.patient_records (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id UUID NOT NULL REFERENCES auth.users (id),
  diagnosis TEXT,
  notes TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
ALTER TABLE public.patient_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY "patient reads own" ON public.patient_records FOR SELECT TO authenticated USING (patient_id = auth.uid());
