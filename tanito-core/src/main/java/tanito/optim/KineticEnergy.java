package tanito.optim;

import static tanito.Require.require;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tanito.linalg.Vectors;

/**
 * The kinetic energy k(p) of {@link HamiltonianDescent}, a convex function of the norm of the whole
 * flat momentum vector: {@code k(p) = phi(||p||)}, hence {@code grad k(p) = phi'(||p||) p / ||p||}
 * and {@code ||grad k(p)|| = phi'(||p||)}, the speed at which the parameters move. Norms and the
 * factor {@code phi'(r) / r} are computed in double; {@code grad k(0) = 0}. Source: Maddison, Paulin,
 * Teh, O'Donoghue &amp; Doucet, "Hamiltonian Descent Methods", arXiv:1809.05042 (2018), whose kinetic
 * energies these are:
 * <ul>
 *   <li>{@link Relativistic}: {@code phi(r) = sqrt(r^2 + 1) - 1}, so {@code grad k(p) = p / sqrt(||p||^2 + 1)}
 *       has norm below 1 (up to float rounding when ||p|| &gt; 1e8): every step moves the parameters by
 *       less than the step size, however large the gradient.</li>
 *   <li>{@link Power}: the paper's family {@code phi(r) = ((r^a + 1)^(A/a) - 1) / A} with a, A &gt;= 1
 *       (the condition for phi to be convex), so {@code grad k(p) = (||p||^a + 1)^(A/a - 1) ||p||^(a-2) p};
 *       k grows like {@code ||p||^a / a} near 0 and like {@code ||p||^A / A} at infinity. With A = a it
 *       is exactly the pure power {@code ||p||^a / a}, {@code grad k(p) = ||p||^(a-2) p}, the energy the
 *       paper matches to {@code f(x) = ||x||^b / b} with {@code 1/a + 1/b = 1}. With a = 1, k is not
 *       differentiable at 0, where the minimal-norm subgradient 0 is used.</li>
 * </ul>
 * The text form, as the command line takes it: {@code relativistic}, {@code power:a} (A = a) or {@code power:a,A}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = KineticEnergy.Relativistic.class, name = "relativistic"),
        @JsonSubTypes.Type(value = KineticEnergy.Power.class, name = "power")})
public sealed interface KineticEnergy {

    /** {@code phi(r)}: the energy of every momentum of norm r. */
    double energyAtNorm(double norm);

    /** {@code phi'(r)}: the norm of {@code grad k(p)} at every momentum of norm r. */
    double speedAtNorm(double norm);

    /** The text form that {@link #parse} reads back. */
    String label();

    /** {@code k(p)}. */
    default double value(float[] momentum) {
        return energyAtNorm(norm(momentum));
    }

    /** {@code y += scale * grad k(p)}; y is unchanged when p = 0. */
    default void addGradient(double scale, float[] momentum, float[] y) {
        double norm = norm(momentum);
        if (norm == 0) {
            return;
        }
        // in double: phi'(r) / r exceeds the float range when r is tiny and a < 2
        double factor = scale * speedAtNorm(norm) / norm;
        for (int i = 0; i < y.length; i++) {
            y[i] += (float) (factor * momentum[i]);
        }
    }

    /** The Euclidean norm of the whole vector, accumulated in double. */
    static double norm(float[] momentum) {
        return Math.sqrt(Vectors.sumSquares(momentum, 0, momentum.length));
    }

    static KineticEnergy relativistic() {
        return new Relativistic();
    }

    /** The paper's power family {@code phi(r) = ((r^a + 1)^(A/a) - 1) / A}. */
    static KineticEnergy power(double exponentNearZero, double exponentAtInfinity) {
        return new Power(exponentNearZero, exponentAtInfinity);
    }

    /** The pure power {@code k(p) = ||p||^a / a}: the family's member with A = a. */
    static KineticEnergy power(double exponent) {
        return new Power(exponent, exponent);
    }

    /** Reads {@code relativistic}, {@code power:a} or {@code power:a,A}. */
    static KineticEnergy parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equals("relativistic")) {
            return relativistic();
        }
        require(trimmed.startsWith("power:"),
                "unknown kinetic energy '%s'; use relativistic, power:a or power:a,A", text);
        String[] exponents = trimmed.substring("power:".length()).split(",", -1);
        require(exponents.length <= 2, "kinetic energy '%s' has %d exponents; use power:a or power:a,A",
                text, exponents.length);
        try {
            double a = Double.parseDouble(exponents[0].trim());
            return power(a, exponents.length == 2 ? Double.parseDouble(exponents[1].trim()) : a);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(
                    "kinetic energy '%s' needs numeric exponents: power:a or power:a,A", text), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format("kinetic energy '%s': %s", text, e.getMessage()), e);
        }
    }

    /** {@code k(p) = sqrt(||p||^2 + 1) - 1}. */
    record Relativistic() implements KineticEnergy {
        @Override
        public double energyAtNorm(double r) {
            return r * (r / (Math.hypot(r, 1) + 1)); // sqrt(r^2 + 1) - 1 without cancellation or overflow
        }

        @Override
        public double speedAtNorm(double r) {
            return r / Math.hypot(r, 1);
        }

        @Override
        public String label() {
            return "relativistic";
        }
    }

    /**
     * {@code k(p) = ((||p||^a + 1)^(A/a) - 1) / A}.
     *
     * @param exponentNearZero a: k behaves like {@code ||p||^a / a} near 0
     * @param exponentAtInfinity A: k behaves like {@code ||p||^A / A} at infinity
     */
    record Power(double exponentNearZero, double exponentAtInfinity) implements KineticEnergy {
        public Power {
            require(exponentNearZero >= 1 && Double.isFinite(exponentNearZero),
                    "exponentNearZero a must be >= 1 and finite, was %s", exponentNearZero);
            require(exponentAtInfinity >= 1 && Double.isFinite(exponentAtInfinity),
                    "exponentAtInfinity A must be >= 1 and finite, was %s", exponentAtInfinity);
        }

        @Override
        public double energyAtNorm(double r) {
            double a = exponentNearZero;
            double big = exponentAtInfinity;
            return Math.expm1(big / a * Math.log1p(Math.pow(r, a))) / big; // without cancellation near 0
        }

        @Override
        public double speedAtNorm(double r) {
            double a = exponentNearZero;
            return Math.exp((exponentAtInfinity / a - 1) * Math.log1p(Math.pow(r, a))) * Math.pow(r, a - 1);
        }

        @Override
        public String label() {
            return exponentNearZero == exponentAtInfinity ? "power:" + exponentNearZero
                    : "power:" + exponentNearZero + "," + exponentAtInfinity;
        }
    }
}
