package io.github.rootcause.sample;

@OnH2
class RegistrationConcurrencyH2Test extends RegistrationConcurrencyTest {
}
