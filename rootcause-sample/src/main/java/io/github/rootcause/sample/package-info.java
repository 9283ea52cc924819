/**
 * The rootcause sample application: a shop ({@code shop}), a game ({@code game}), a registration with its
 * sign-up form ({@code registration}) and the web store's orders arriving as events and CSV imports
 * ({@code storefront}). Nothing here is needed by the library; it shows how an application uses it.
 */
package io.github.rootcause.sample;
