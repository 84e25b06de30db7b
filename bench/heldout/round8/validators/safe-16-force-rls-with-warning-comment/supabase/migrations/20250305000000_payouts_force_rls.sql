-- Incident 2025-03: a hotfix once tried to disable row level security on payouts
-- to make the report job work. Never do that; the job uses the service role.
alter table public.payouts force row level security;
