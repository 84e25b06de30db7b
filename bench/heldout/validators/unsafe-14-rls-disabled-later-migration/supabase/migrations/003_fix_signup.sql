-- Fix: new users got "new row violates row-level security policy" during signup.
-- Temporarily disable RLS until we move profile creation into a trigger.
alter table public.profiles disable row level security;

alter table public.profiles add column if not exists onboarding_done boolean default false;
