package io.github.rootcause.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What rootcause's Jazzer fuzz tests share: the time bound every read must meet, and the seed inputs made at test
 * time from the committed ones (Jazzer's layout: {@code <package>/<TestClass>Inputs/<method>/<file>} under
 * {@code src/test/resources}).
 *
 * <p>An input up to {@value #SMALL} characters, the size the fuzzer makes, is read inline and fails when it took
 * longer than {@link #SMALL_BOUND}: a thread per input would slow fuzzing tenfold, and libFuzzer's own
 * {@code -timeout} stops a read that never returns. A bigger input is read preemptively under
 * {@link #BIG_BOUND}, so that a read that is quadratic on a megabyte fails instead of stalling the build.
 */
public final class FuzzInputs {

	/** The largest input read inline. */
	public static final int SMALL = 65_536;

	/** Far beyond what a linear read of {@value #SMALL} characters takes, class loading included. */
	public static final Duration SMALL_BOUND = Duration.ofSeconds(2);

	/** Far beyond what a linear read of a few megabytes takes; a quadratic one takes hours. */
	public static final Duration BIG_BOUND = Duration.ofSeconds(20);

	/** How long the messages made from the committed seeds get. */
	public static final int MEGABYTE = 1 << 20;

	private FuzzInputs() {
	}

	/**
	 * Reads an input within the time bound for its length.
	 * @param <T> what the read gives
	 * @param length the length of the text read
	 * @param read the read
	 * @return what it gave
	 */
	public static <T> T within(int length, Supplier<T> read) {
		if (length > SMALL) {
			return assertTimeoutPreemptively(BIG_BOUND, read::get,
					() -> "a read of " + length + " characters took longer than " + BIG_BOUND);
		}
		long start = System.nanoTime();
		T result = read.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		if (took.compareTo(SMALL_BOUND) > 0) {
			fail("a read of " + length + " characters took " + took.toMillis() + " ms");
		}
		return result;
	}

	/**
	 * Whether Jazzer fuzzes in this JVM ({@code JAZZER_FUZZ} set) rather than running the corpus. The seeds
	 * made at test time are then left out: they are megabytes, which fuzzing would only cut down, and a read of
	 * a megabyte under the coverage instrumentation takes seconds instead of milliseconds.
	 * @return whether Jazzer fuzzes
	 */
	public static boolean fuzzing() {
		String fuzz = System.getenv("JAZZER_FUZZ");
		return fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0") && !fuzz.equalsIgnoreCase("false");
	}

	/**
	 * The input as text: UTF-8, malformed bytes replaced.
	 * @param input the fuzzer's bytes
	 * @return the text
	 */
	public static String text(byte[] input) {
		return new String(input, StandardCharsets.UTF_8);
	}

	/**
	 * Text as a name to quote, when it is one a database could hold: not blank, at most 256 characters.
	 * @param text the text, may be {@code null}
	 * @return the name, or {@code null}
	 */
	public static String name(String text) {
		return (text != null && !text.isBlank() && text.length() <= 256) ? text : null;
	}

	/**
	 * The committed seed inputs of a fuzz test, as text.
	 * @param test the fuzz test class
	 * @param method the fuzz test method
	 * @return the seeds, in file name order
	 */
	public static List<String> seeds(Class<?> test, String method) {
		URL directory = test.getResource(test.getSimpleName() + "Inputs/" + method);
		if (directory == null) {
			throw new IllegalStateException("no seeds for " + test.getName() + "#" + method);
		}
		try (Stream<Path> files = Files.list(Paths.get(directory.toURI()))) {
			return files.sorted().map(FuzzInputs::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Text repeated to at least a megabyte.
	 * @param text the text, not empty
	 * @return the text repeated
	 */
	public static String megabyte(String text) {
		return text.repeat(MEGABYTE / text.length() + 1);
	}

	private static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
