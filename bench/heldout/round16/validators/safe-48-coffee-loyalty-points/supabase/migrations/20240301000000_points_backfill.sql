begin;
alter table public.points disable row level security;
insert into public.points (user_id, balance)
select id, 100 from auth.users
on conflict (user_id) do nothing;
alter table public.points enable row level security;
commit;
