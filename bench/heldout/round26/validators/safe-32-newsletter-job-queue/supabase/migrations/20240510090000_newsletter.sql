create schema if not exists private;
revoke all on schema private from public, anon, authenticated;

create table private.send_jobs (
  id bigint generated always as identity primary key,
  issue_id uuid not null,
  subscriber_email text not null,
  attempts smallint not null default 0,
  last_error text,
  run_after timestamptz not null default now()
);

create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  newsletter_id uuid not null,
  created_at timestamptz not null default now(),
  unique (user_id, newsletter_id)
);

alter table public.subscriptions enable row level security;

create policy "Readers see their subscriptions"
  on public.subscriptions for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Readers subscribe themselves"
  on public.subscriptions for insert to authenticated
  with check ((select auth.uid()) = user_id);

create policy "Readers unsubscribe themselves"
  on public.subscriptions for delete to authenticated
  using ((select auth.uid()) = user_id);
