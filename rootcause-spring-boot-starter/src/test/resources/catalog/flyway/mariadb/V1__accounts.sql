create table account (
	id integer primary key,
	email varchar(100) not null,
	name varchar(50),
	constraint uq_account_email unique (email)
);
create table account_session (
	id integer auto_increment primary key,
	account_id integer not null,
	constraint fk_session_account foreign key (account_id) references account (id)
);
