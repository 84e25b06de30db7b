create table public.health_notes (
  id bigint generated always as identity primary key,
  patient_id uuid not null references auth.users (id),
  symptom text not null,
  medication text,
  noted_at timestamptz default now()
);
