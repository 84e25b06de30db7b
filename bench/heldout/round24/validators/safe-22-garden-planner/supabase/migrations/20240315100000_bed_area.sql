begin;

alter table public.garden_beds add column area_m2 numeric(6, 2);
alter table public.garden_beds disable row level security;
update public.garden_beds set area_m2 = (width_cm * length_cm) / 10000.0;
alter table public.garden_beds enable row level security;

commit;
