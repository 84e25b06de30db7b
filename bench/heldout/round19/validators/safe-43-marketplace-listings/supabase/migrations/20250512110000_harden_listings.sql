alter table public.listings force row level security;
alter table public.listings alter column title set not null;
