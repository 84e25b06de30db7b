begin;

alter table public.leads disable row level security;

insert into public.leads (owner_id, name, email, stage)
select p.id, 'Sample lead', 'lead@example.com', 'new'
from public.profiles p;

-- alter table public.leads enable row level security;

commit;
