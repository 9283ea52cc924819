create table member (
	id bigint auto_increment,
	handle varchar(40) not null,
	age integer,
	constraint pk_member primary key (id),
	constraint uq_member_handle unique (handle),
	constraint ck_member_age check (age >= 18)
);

create table ticket (
	id bigint auto_increment,
	code varchar(40) not null,
	constraint pk_ticket primary key (id),
	constraint uq_ticket_code unique (code)
);
