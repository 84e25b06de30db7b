create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  is_admin boolean not null default false
);
alter table public.profiles enable row level security;

create policy "own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));

create or replace function public.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select p.is_admin from public.profiles p where p.id = auth.uid()), false);
$$;

create table public.reports (
  id uuid primary key default gen_random_uuid(),
  reporter_id uuid not null references auth.users (id) default auth.uid(),
  post_id uuid not null,
  reason text not null,
  resolved boolean not null default false,
  created_at timestamptz not null default now()
);
alter table public.reports enable row level security;

create policy "reporters insert" on public.reports
  for insert to authenticated with check (reporter_id = (select auth.uid()));

create policy "admins read" on public.reports
  for select to authenticated using ((select public.is_admin()));

create policy "admins resolve" on public.reports
  for update to authenticated
  using ((select public.is_admin()))
  with check ((select public.is_admin()));
