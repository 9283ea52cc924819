-- Sign-ups, from the API (create-or-get) and from the HTML form.

create table registration (
	id bigint auto_increment,
	email varchar(254) not null,
	name varchar(100),
	constraint pk_registration primary key (id),
	constraint uq_registration_email unique (email),
	constraint ck_registration_email check (email like '%_@_%')
);
