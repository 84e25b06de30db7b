create table public.admins (
  user_id uuid primary key references auth.users (id) on delete cascade
);

create table public.incidents (
  id bigint generated always as identity primary key,
  service text not null,
  title text not null,
  status text not null check (status in ('investigating', 'identified', 'monitoring', 'resolved')),
  started_at timestamptz not null default now(),
  resolved_at timestamptz
);

alter table public.admins enable row level security;
alter table public.incidents enable row level security;

create function public.is_admin() returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.admins a where a.user_id = auth.uid()) $$;

create policy "Incidents are public" on public.incidents
  for select using (true);

create policy "Admins create incidents" on public.incidents
  for insert to authenticated with check (public.is_admin());

create policy "Admins update incidents" on public.incidents
  for update to authenticated using (public.is_admin()) with check (public.is_admin());
