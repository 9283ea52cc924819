alter table account add constraint uq_account_name unique (name);
alter table account add constraint ck_account_name check (char_length(name) > 2);
