create table public.reviews (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  book_isbn text not null,
  rating smallint not null check (rating between 1 and 5),
  body text,
  hidden boolean not null default false,
  created_at timestamptz not null default now(),
  unique (user_id, book_isbn)
);

alter table public.reviews enable row level security;

create policy "Visible reviews are public, authors see their own"
  on public.reviews for select
  using (hidden = false or auth.uid() = user_id);

create policy "Members write their own review"
  on public.reviews for insert
  to authenticated
  with check (auth.uid() = user_id);

create policy "Members edit their own review"
  on public.reviews for update
  to authenticated
  using (auth.uid() = user_id);
