alter default privileges in schema public grant all on tables to anon;
alter default privileges in schema public grant all on sequences to anon;

create table public.chat_messages (
  id bigserial primary key,
  room_id uuid not null,
  author_id uuid not null references auth.users(id),
  content text not null,
  created_at timestamptz default now()
);

create table public.chat_rooms (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  is_private boolean not null default true
);
