create table public.recipes (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  calories integer,
  tags text[] not null default '{}'
);

create table public.meal_plans (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  week_start date not null,
  day smallint not null check (day between 0 and 6),
  meal text not null check (meal in ('breakfast', 'lunch', 'dinner', 'snack')),
  recipe_id uuid references public.recipes (id) on delete set null,
  notes text,
  unique (user_id, week_start, day, meal)
);

alter table public.recipes enable row level security;

create policy "Own recipes" on public.recipes
  for all to authenticated
  using (auth.uid() = owner_id)
  with check (auth.uid() = owner_id);
