create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null,
  is_admin boolean not null default false
);

create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references public.profiles (id),
  slug text not null unique,
  title text not null,
  body_md text not null default '',
  status text not null default 'draft' check (status in ('draft', 'published')),
  published_at timestamptz
);

alter table public.profiles enable row level security;
alter table public.posts enable row level security;

create function public.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select p.is_admin from public.profiles p where p.id = auth.uid()), false);
$$;

revoke execute on function public.is_admin() from public, anon;
grant execute on function public.is_admin() to authenticated;

create policy "Profiles readable by owner"
  on public.profiles for select to authenticated
  using ((select auth.uid()) = id);

create policy "Published posts are readable"
  on public.posts for select
  using (status = 'published');

create policy "Authors read their drafts"
  on public.posts for select to authenticated
  using ((select auth.uid()) = author_id or public.is_admin());

create policy "Authors write posts"
  on public.posts for insert to authenticated
  with check ((select auth.uid()) = author_id);

create policy "Authors edit posts"
  on public.posts for update to authenticated
  using ((select auth.uid()) = author_id or public.is_admin())
  with check ((select auth.uid()) = author_id or public.is_admin());
