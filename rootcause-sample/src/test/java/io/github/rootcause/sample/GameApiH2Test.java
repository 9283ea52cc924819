package io.github.rootcause.sample;

@OnH2
class GameApiH2Test extends GameApiTest {
}
