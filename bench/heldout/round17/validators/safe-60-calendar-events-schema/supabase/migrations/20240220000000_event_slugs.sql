begin;
alter table public.events disable row level security;
update public.events set slug = lower(regexp_replace(title, '[^a-zA-Z0-9]+', '-', 'g')) where slug is null;
alter table public.events enable row level security;
commit;
