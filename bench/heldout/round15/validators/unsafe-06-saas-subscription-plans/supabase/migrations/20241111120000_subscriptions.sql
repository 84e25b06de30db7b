create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  plan text not null default 'free',
  seats integer not null default 1,
  current_period_end timestamptz
);

alter table public.subscriptions enable row level security;

create policy "subscription owner reads" on public.subscriptions
  for select to authenticated using (user_id = auth.uid());

create policy "subscription updates" on public.subscriptions
  for update to anon, authenticated using (true);

grant update on table public.subscriptions to anon;
