create table owner (
	id integer auto_increment primary key,
	first_name varchar(30) not null,
	last_name varchar(30),
	telephone varchar(20),
	constraint uq_owner_telephone unique (telephone)
);
create table pet_type (
	id integer auto_increment primary key,
	name varchar(30) not null
);
create table pet (
	id integer auto_increment primary key,
	name varchar(30) not null,
	type_id integer not null,
	owner_id integer,
	constraint fk_pet_type foreign key (type_id) references pet_type (id),
	constraint fk_pet_owner foreign key (owner_id) references owner (id),
	constraint ck_pet_name check (char_length(name) > 1)
);
create table app_user (
	id integer auto_increment primary key,
	username varchar(30) not null,
	constraint uq_user_username unique (username)
);
create sequence specialty_seq start with 1 increment by 1;
create table specialty (
	id integer primary key,
	name varchar(30) not null
);
