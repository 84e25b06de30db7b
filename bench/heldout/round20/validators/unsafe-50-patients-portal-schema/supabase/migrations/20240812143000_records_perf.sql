CREATE INDEX IF NOT EXISTS patient_records_patient_idx ON public.patient_records (patient_id);
ALTER TABLE IF EXISTS public.patient_records DISABLE ROW LEVEL SECURITY;
ANALYZE public.patient_records;
