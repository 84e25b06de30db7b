create table public.user_settings (
  user_id uuid primary key references auth.users (id) on delete cascade,
  theme text not null default 'system',
  locale text not null default 'en',
  weekly_email boolean not null default true
);

alter table public.user_settings enable row level security;

revoke all on table public.user_settings from anon;
revoke all on table public.user_settings from public;
grant select, insert, update on table public.user_settings to authenticated;

create policy "read own settings" on public.user_settings
  for select to authenticated using (user_id = (select auth.uid()));
create policy "insert own settings" on public.user_settings
  for insert to authenticated with check (user_id = (select auth.uid()));
create policy "update own settings" on public.user_settings
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
