/**
 * Registration: an API endpoint that creates or gets a registration, safe under concurrency, and a server-rendered
 * sign-up form that shows "email already registered" next to the field.
 */
package io.github.rootcause.sample.registration;
