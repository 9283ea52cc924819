create table author (
	id integer auto_increment primary key,
	name varchar(60) not null,
	email varchar(100),
	constraint uq_author_email unique (email)
);
create table book (
	id integer auto_increment primary key,
	title varchar(100) not null,
	author_id integer not null,
	constraint fk_book_author foreign key (author_id) references author (id)
);
create table review (
	id integer auto_increment primary key,
	book_id integer not null,
	stars integer,
	constraint fk_review_book foreign key (book_id) references book (id)
);
