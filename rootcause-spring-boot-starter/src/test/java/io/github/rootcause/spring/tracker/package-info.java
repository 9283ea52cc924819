/**
 * An issue tracker as open-source applications write one: issues with {@code @ManyToMany} labels through a join
 * table and {@code @ElementCollection} tags in a collection table, written from request DTOs that name entity
 * attributes otherwise (or not at all). Its violations must answer with the collection members the client sent,
 * and never name an attribute the request body does not hold.
 */
package io.github.rootcause.spring.tracker;
