create table author (
	id bigint auto_increment primary key,
	email varchar(100) not null,
	name varchar(50) not null,
	constraint uq_author_email unique (email)
);
create table post (
	id bigint auto_increment primary key,
	author_id bigint not null,
	title varchar(100) not null,
	constraint fk_post_author foreign key (author_id) references author (id)
);
