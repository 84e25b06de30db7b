create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null unique references auth.users (id),
  plan text not null default 'free',
  renews_on date
);

insert into public.subscriptions (user_id, plan)
select id, 'free' from auth.users
on conflict (user_id) do nothing;

alter table public.subscriptions enable row level security;
alter table public.subscriptions force row level security;

create policy "read own subscription" on public.subscriptions for select using (user_id = auth.uid());
