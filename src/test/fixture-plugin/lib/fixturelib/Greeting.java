package fixturelib;

/** Lives in an embedded library (META-INF/lib/fixture-lib.jar on Bundle-ClassPath). */
public final class Greeting {
    private Greeting() {
    }

    public static String greet(String name) {
        return "Hello, " + name;
    }
}
