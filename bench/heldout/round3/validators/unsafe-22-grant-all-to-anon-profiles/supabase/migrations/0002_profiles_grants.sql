create table public.user_settings (
  user_id uuid primary key references auth.users(id) on delete cascade,
  email_notifications boolean default true,
  phone text,
  timezone text default 'UTC'
);

alter table public.user_settings enable row level security;

create policy "own settings" on public.user_settings
  for all using (auth.uid() = user_id) with check (auth.uid() = user_id);

-- make sure the client can read and write settings even before login
grant select, insert, update, delete on public.user_settings to anon, authenticated;
