create table public.threads (
  id bigint generated always as identity primary key,
  author_id uuid references auth.users(id),
  title text not null,
  created_at timestamptz default now()
);

create table public.replies (
  id bigint generated always as identity primary key,
  thread_id bigint references public.threads(id) on delete cascade,
  author_id uuid references auth.users(id),
  body text not null
);

create table public.private_messages (
  id bigint generated always as identity primary key,
  from_user uuid references auth.users(id),
  to_user uuid references auth.users(id),
  body text not null,
  sent_at timestamptz default now()
);

alter table public.threads enable row level security;
alter table public.replies enable row level security;

create policy "threads readable" on public.threads for select using (true);
create policy "threads by author" on public.threads for insert with check (author_id = auth.uid());
create policy "replies readable" on public.replies for select using (true);
create policy "replies by author" on public.replies for insert with check (author_id = auth.uid());
