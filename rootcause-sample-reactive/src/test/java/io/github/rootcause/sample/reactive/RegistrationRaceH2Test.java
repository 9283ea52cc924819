package io.github.rootcause.sample.reactive;

/** The registration race on H2. */
@OnH2
class RegistrationRaceH2Test extends RegistrationRaceTest {
}
