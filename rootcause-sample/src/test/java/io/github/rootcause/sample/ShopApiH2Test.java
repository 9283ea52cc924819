package io.github.rootcause.sample;

@OnH2
class ShopApiH2Test extends ShopApiTest {
}
