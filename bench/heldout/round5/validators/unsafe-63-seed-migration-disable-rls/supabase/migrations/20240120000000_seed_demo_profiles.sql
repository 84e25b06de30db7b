-- Seed demo data for the staging environment
alter table public.profiles disable row level security;

insert into public.profiles (id, username, full_name)
select id, split_part(email, '@', 1), initcap(split_part(email, '@', 1))
from auth.users
on conflict (id) do nothing;

update public.profiles set avatar_url = 'https://api.dicebear.com/7.x/initials/svg?seed=' || username
where avatar_url is null;
