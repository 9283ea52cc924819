/**
 * The rootcause sample application: a shop ({@code shop}), a game ({@code game}) and a registration with its
 * sign-up form ({@code registration}). Nothing here is needed by the library; it shows how an application uses it.
 */
package io.github.rootcause.sample;
