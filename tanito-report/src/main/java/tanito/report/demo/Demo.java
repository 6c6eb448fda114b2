package tanito.report.demo;

import java.util.List;
import java.util.Locale;

/** A demonstration of one training trick; {@link #named} finds one by its command-line name. */
public interface Demo {

    /** The command-line name, e.g. "standardisation". */
    String name();

    /** One line: what it shows. */
    String description();

    /** Runs the demonstration's trainings with {@code seed} and draws its charts. */
    DemoResult run(long seed);

    static List<Demo> all() {
        return List.of(new OverfittingDemo(), new StandardisationDemo(), new DropoutDemo(), new OptimiserDemo(),
                new ElephantDemo());
    }

    static Demo named(String name) {
        for (Demo demo : all()) {
            if (demo.name().equals(name.toLowerCase(Locale.ROOT))) {
                return demo;
            }
        }
        throw new IllegalArgumentException("unknown example '" + name + "'; choose "
                + String.join(", ", all().stream().map(Demo::name).toList()));
    }
}
