create table public.comments (
  id bigint generated always as identity primary key,
  recipe_id bigint not null references public.recipes (id) on delete cascade,
  user_id uuid not null default auth.uid() references auth.users (id),
  body text not null check (char_length(body) <= 2000),
  created_at timestamptz not null default now()
);

alter table public.comments enable row level security;

create policy "comments are public" on public.comments for select using (true);
create policy "add own comment" on public.comments for insert to authenticated with check (user_id = auth.uid());
create policy "remove comment" on public.comments for delete to authenticated using (true);
