package io.github.rootcause.sample.reactive;

/** Spring's R2DBC support with rootcause on H2. */
@OnH2
class DataAccessTranslationH2Test extends DataAccessTranslationTest {
}
