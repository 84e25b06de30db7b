begin;

alter table public.tasks add column priority smallint not null default 2;
alter table public.tasks disable row level security;
update public.tasks set priority = 1 where title ilike '%urgent%';
alter table public.tasks enable row level security;

commit;
