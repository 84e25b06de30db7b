create table public.recipes (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  ingredients jsonb not null default '[]'::jsonb,
  steps text not null default '',
  is_public boolean not null default false,
  created_at timestamptz not null default now()
);

alter table public.recipes enable row level security;

create policy "Public or own recipes are visible"
  on public.recipes for select
  using (is_public or (select auth.uid()) = author_id);

create policy "Authors add recipes"
  on public.recipes for insert to authenticated
  with check ((select auth.uid()) = author_id);

create policy "Authors edit recipes"
  on public.recipes for update to authenticated
  using ((select auth.uid()) = author_id)
  with check ((select auth.uid()) = author_id);

create policy "Authors delete recipes"
  on public.recipes for delete to authenticated
  using ((select auth.uid()) = author_id);
