create table public.favourites (
  user_id uuid not null references auth.users (id) on delete cascade,
  recipe_id uuid not null references public.recipes (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (user_id, recipe_id)
);

alter table public.favourites enable row level security;
alter table public.favourites force row level security;

create policy "own favourites" on public.favourites for all to authenticated
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
