begin;
alter table public.tasks disable row level security;
update public.tasks set priority = 3 where priority is null;
alter table public.tasks alter column priority set not null;
alter table public.tasks enable row level security;
commit;
