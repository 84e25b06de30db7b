begin;
alter table public.leads disable row level security;
update public.leads set stage = 'contacted' where stage = 'in_progress';
alter table public.leads enable row level security;
commit;
