/**
 * Spring for GraphQL: constraint violations raised by data fetchers answered as GraphQL errors.
 */
package io.github.rootcause.spring.graphql;
