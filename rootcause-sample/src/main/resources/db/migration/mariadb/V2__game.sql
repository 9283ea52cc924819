-- The game's characters. MariaDB has neither expression nor partial indexes, so the case-insensitive name and the
-- skill that is unique among active characters are unique keys on stored generated columns: NULL never
-- collides, so an inactive character (active_skill is NULL) never takes a skill away.

create table game_character (
	id bigint auto_increment,
	name varchar(40) not null,
	nickname varchar(40) not null,
	special_skill varchar(40) not null,
	skill_level integer not null,
	active boolean default true not null,
	mentor_id bigint,
	name_key varchar(40) as (lower(name)) stored,
	active_skill varchar(40) as (case when active then special_skill end) stored,
	constraint pk_game_character primary key (id),
	constraint uq_character_nickname unique (nickname),
	constraint uq_character_name_ci unique (name_key),
	constraint uq_character_active_skill unique (active_skill),
	constraint ck_character_skill_level check (skill_level between 60 and 100),
	constraint fk_character_mentor foreign key (mentor_id) references game_character (id)
);
