package tanito.report.demo;

import java.util.List;
import java.util.Locale;

/** A demonstration of one training trick; {@link #named} finds one by its command-line name. */
public abstract class Demo {
    private final String name;
    private final String description;

    Demo(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The command-line name, e.g. "standardisation". */
    public final String name() {
        return name;
    }

    /** One line: what it shows. */
    public final String description() {
        return description;
    }

    /** Runs the demonstration's trainings with {@code seed} and draws its charts. */
    public abstract DemoResult run(long seed);

    public static List<Demo> all() {
        return List.of(new OverfittingDemo(), new StandardisationDemo(), new DropoutDemo(), new OptimiserDemo(),
                new ElephantDemo());
    }

    public static Demo named(String name) {
        for (Demo demo : all()) {
            if (demo.name().equals(name.toLowerCase(Locale.ROOT))) {
                return demo;
            }
        }
        throw new IllegalArgumentException("unknown example '" + name + "'; choose "
                + String.join(", ", all().stream().map(Demo::name).toList()));
    }
}
