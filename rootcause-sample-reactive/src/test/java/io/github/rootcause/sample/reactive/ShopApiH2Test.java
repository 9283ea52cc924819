package io.github.rootcause.sample.reactive;

/** The reactive shop on H2. */
@OnH2
class ShopApiH2Test extends ShopApiTest {
}
