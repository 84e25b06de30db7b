create table public.envelopes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  monthly_limit_cents integer not null check (monthly_limit_cents >= 0)
);

alter table public.envelopes enable row level security;

create policy "select own envelopes" on public.envelopes
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "insert own envelopes" on public.envelopes
  for insert to authenticated with check ((select auth.uid()) = user_id);
create policy "update own envelopes" on public.envelopes
  for update to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "delete own envelopes" on public.envelopes
  for delete to authenticated using ((select auth.uid()) = user_id);
