create table public.plants (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  species text,
  water_every_days int not null default 7,
  next_watering date not null default current_date,
  created_at timestamptz not null default now()
);

alter table public.plants enable row level security;

create policy "Users can view their own plants"
  on public.plants for select
  to authenticated
  using ((select auth.uid()) = user_id);

create policy "Users can add their own plants"
  on public.plants for insert
  to authenticated
  with check ((select auth.uid()) = user_id);

create policy "Users can update their own plants"
  on public.plants for update
  to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "Users can delete their own plants"
  on public.plants for delete
  to authenticated
  using ((select auth.uid()) = user_id);
