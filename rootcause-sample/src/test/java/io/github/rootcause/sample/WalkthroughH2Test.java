package io.github.rootcause.sample;

@OnH2
class WalkthroughH2Test extends WalkthroughTest {
}
